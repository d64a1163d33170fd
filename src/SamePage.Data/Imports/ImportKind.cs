namespace SamePage.Data.Imports;

public enum ImportKind
{
    Partners,
    Deals,
    Costs,
}

/// <summary>How to run an import: check only, keep going past invalid rows, number culture, where rejects go.</summary>
public sealed record ImportRequest(ImportKind Kind, string Path, string FileName)
{
    public bool DryRun { get; init; }
    public bool SkipInvalid { get; init; }
    public string? RejectsPath { get; init; }
    public Core.Actuals.NumberCulture? Culture { get; init; }
}

/// <summary>What an import did; <see cref="Committed"/> is false when nothing was written.</summary>
public sealed record ImportOutcome(Core.Actuals.ImportReport Report, bool Committed, long Inserted, long Updated, long Unchanged, long Rejected)
{
    public string Summary =>
        $"{Report.RowsRead:N0} rows read, {Report.ValidRows:N0} valid, {Rejected:N0} rejected; " +
        (Committed ? $"{Inserted:N0} inserted, {Updated:N0} updated, {Unchanged:N0} unchanged." : "nothing written.");
}
