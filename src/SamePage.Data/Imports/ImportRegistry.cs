namespace SamePage.Data.Imports;

/// <summary>The registered import kinds, in registration order; the page's choices, the API's kinds and the CLI's subcommands.</summary>
public sealed class ImportRegistry(IEnumerable<IImportKind> kinds)
{
    public IReadOnlyList<IImportKind> Kinds { get; } = [.. kinds];

    /// <summary>"partners, deals, costs or measures": for messages that list the choices.</summary>
    public string Names => Kinds.Count == 1
        ? Kinds[0].Info.Name
        : $"{string.Join(", ", Kinds.Take(Kinds.Count - 1).Select(k => k.Info.Name))} or {Kinds[^1].Info.Name}";

    public IImportKind? Find(string? name) =>
        Kinds.FirstOrDefault(k => string.Equals(k.Info.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind by name; an unknown name is an <see cref="ArgumentException"/> that lists the kinds.</summary>
    public IImportKind Get(string? name) =>
        Find(name) ?? throw new ArgumentException($"Unknown import kind '{name}': the kinds are {Names}.");

    /// <summary>Checks the kind's parameters are all given; the message names the first one missing.</summary>
    public static void CheckParameters(IImportKind kind, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(request);
        foreach (var parameter in kind.Info.Parameters)
        {
            if (!request.Parameters.TryGetValue(parameter.Name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Importing {kind.Info.Name} needs '{parameter.Name}': {parameter.Description}");
            }
        }
    }
}
