namespace SamePage.Core.Values;

/// <summary>A template of a partner business model: a complete value model with credible defaults, to start a solution's model from.</summary>
/// <param name="Case">The template's business case at the likely values, computed once when the templates are read.</param>
public sealed record ValueModelTemplate(string Id, LocalizedText Name, ValueModelDocument Document, BusinessCase Case)
{
    /// <summary>The template as the model of a solution and segment (currency from the solution; the rest as in the template).</summary>
    public ValueModelDocument For(string solution, string? segment, string? currency) => Document with
    {
        Solution = solution,
        Segment = string.IsNullOrWhiteSpace(segment) ? null : segment.Trim(),
        Currency = string.IsNullOrWhiteSpace(currency) ? Document.Currency : currency.Trim().ToUpperInvariant(),
    };
}

/// <summary>
/// The templates shipped with SamePage (embedded JSON in Values/Templates, documented with their sources in
/// docs/templates.md): the partner business models channel teams run.
/// </summary>
public static class ValueModelTemplates
{
    /// <summary>Template ids in the order the builder offers them.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["msp-managed-service", "reseller-licences", "si-projects", "cloud-marketplace", "two-tier-distribution"];

    private static readonly Dictionary<string, LocalizedText> s_names = new(StringComparer.Ordinal)
    {
        ["msp-managed-service"] = new("MSP: recurring per-seat licence and managed service", "MSP: wiederkehrende Lizenz pro Platz und Managed Service"),
        ["reseller-licences"] = new("Reseller: perpetual or annual licences with renewals", "Reseller: Kauf- oder Jahreslizenzen mit Verlängerungen"),
        ["si-projects"] = new("System integrator: implementation projects and support contracts", "Systemintegrator: Implementierungsprojekte und Supportverträge"),
        ["cloud-marketplace"] = new("Cloud marketplace / subscription resale with partner-earned credit", "Cloud-Marktplatz / Abo-Weiterverkauf mit Partner-Gutschrift"),
        ["two-tier-distribution"] = new("Two-tier: reseller margin after the distributor's", "Zweistufig: Reseller-Marge nach der des Distributors"),
    };

    private static readonly Lazy<IReadOnlyList<ValueModelTemplate>> s_all = new(() => [.. Ids.Select(LoadTemplate)]);

    /// <summary>Every template, parsed once.</summary>
    public static IReadOnlyList<ValueModelTemplate> All => s_all.Value;

    /// <summary>A template by id, or null.</summary>
    public static ValueModelTemplate? Find(string? id) => All.FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The JSON text of a template by id.</summary>
    public static string ReadJson(string id)
    {
        using var stream = typeof(ValueModelTemplates).Assembly.GetManifestResourceStream($"SamePage.Core.Values.Templates.{id}.json")
            ?? throw new ArgumentException($"Unknown template '{id}'. Templates are: {string.Join(", ", Ids)}.", nameof(id));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ValueModelTemplate LoadTemplate(string id)
    {
        var result = ValueModelJson.Parse(ReadJson(id));
        var document = result.Document ?? throw new InvalidOperationException($"Template '{id}' is invalid: {string.Join("; ", result.Errors)}");
        var model = ValueModelCompiler.Compile(document).Model ?? throw new InvalidOperationException($"Template '{id}' does not compile.");
        return new ValueModelTemplate(id, s_names[id], document, model.Evaluate());
    }
}
