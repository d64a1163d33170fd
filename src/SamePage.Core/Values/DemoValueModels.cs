namespace SamePage.Core.Values;

/// <summary>The value models of the three demo solutions, embedded in the assembly.</summary>
public static class DemoValueModels
{
    /// <summary>Nordlicht Backup for MSPs: the worked example of docs/value-model.md, with labels.</summary>
    public const string NordlichtBackupMsp = "nordlicht-backup-msp";

    /// <summary>Nordlicht Secure Mail for resellers: thin licence margin, renewals, some services.</summary>
    public const string NordlichtSecureMailReseller = "nordlicht-secure-mail-reseller";

    /// <summary>Nordlicht Analytics Suite for system integrators: project services heavy.</summary>
    public const string NordlichtAnalyticsSuiteSi = "nordlicht-analytics-suite-si";

    public static IReadOnlyList<string> Names { get; } = [NordlichtBackupMsp, NordlichtSecureMailReseller, NordlichtAnalyticsSuiteSi];

    /// <summary>The JSON text of a demo model by name.</summary>
    public static string ReadJson(string name)
    {
        var resource = $"SamePage.Core.Values.DemoModels.{name}.json";
        using var stream = typeof(DemoValueModels).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"Unknown demo model '{name}'. Demo models are: {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A demo model as a document.</summary>
    public static ValueModelDocument Load(string name)
    {
        var result = ValueModelJson.Parse(ReadJson(name));
        return result.Document ?? throw new InvalidOperationException($"Demo model '{name}' is invalid: {string.Join("; ", result.Errors)}");
    }

    /// <summary>All three demo models.</summary>
    public static IReadOnlyList<ValueModelDocument> LoadAll() => [.. Names.Select(Load)];
}
