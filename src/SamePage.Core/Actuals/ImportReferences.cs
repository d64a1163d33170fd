namespace SamePage.Core.Actuals;

/// <summary>
/// Lookups the caller provides to check references (the database is not part of the core). A null lookup skips
/// that check. Lookups receive the trimmed value as written in the file.
/// </summary>
public sealed record ImportReferences(Func<string, bool>? PartnerExists = null, Func<string, bool>? SolutionExists = null)
{
    public static ImportReferences None { get; } = new();

    /// <summary>Lookups backed by sets, such as the external ids and solution names and ids loaded from the database.</summary>
    public static ImportReferences FromSets(IReadOnlySet<string>? partners, IReadOnlySet<string>? solutions) =>
        new(partners is null ? null : partners.Contains, solutions is null ? null : solutions.Contains);
}
