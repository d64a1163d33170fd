namespace SamePage.Data.Imports;

/// <summary>The channel tables the <see cref="ChannelImporter"/> writes.</summary>
public enum ImportKind
{
    Partners,
    Deals,
    Costs,
}

/// <summary>
/// How to run any import: check only, keep going past invalid rows (writing them to <see cref="RejectsPath"/>),
/// number culture, and the kind's own parameters (e.g. the survey wave) by name.
/// </summary>
public sealed record ImportRequest(string Path, string FileName)
{
    public bool DryRun { get; init; }
    public bool SkipInvalid { get; init; }
    public string? RejectsPath { get; init; }
    public Core.Actuals.NumberCulture? Culture { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>How the file's columns become the kind's columns; null when the file already has SamePage's own columns.</summary>
    public Core.Mapping.ImportMappingDocument? Mapping { get; init; }
}

/// <summary>What an import did, for every kind; <see cref="Committed"/> is false when nothing was written.</summary>
public sealed record ImportOutcome(Core.Actuals.ImportReport Report, bool Committed, long Inserted, long Updated, long Unchanged, long Rejected)
{
    /// <summary>Up to <see cref="TouchedPartner.MaxListed"/> partners the import wrote rows for, so the user can look at what changed.</summary>
    public IReadOnlyList<TouchedPartner> Partners { get; init; } = [];

    public string Summary =>
        $"{Report.RowsRead:N0} rows read, {Report.ValidRows:N0} valid, {Rejected:N0} rejected; " +
        (Committed ? $"{Inserted:N0} inserted, {Updated:N0} updated, {Unchanged:N0} unchanged." : "nothing written.") +
        (Report.Skipped.Count > 0 ? $" {Report.Skipped.Describe()}." : "");
}

/// <summary>A partner an import wrote rows for.</summary>
public sealed record TouchedPartner(int Id, string ExternalId, string Name)
{
    public const int MaxListed = 10;
}
