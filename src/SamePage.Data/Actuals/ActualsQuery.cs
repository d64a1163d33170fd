using SamePage.Core.Actuals;

namespace SamePage.Data.Actuals;

/// <summary>Which factual values to compute: one solution, optionally one segment or partner, over whole months.</summary>
public sealed record ActualsQuery(string Solution)
{
    public string? Segment { get; init; }
    public string? PartnerExternalId { get; init; }
    public YearMonth? From { get; init; }
    public YearMonth? To { get; init; }
}

/// <summary>Planned vs observed for one calibrated input: the plan's value and the median over partners with enough deals.</summary>
public sealed record InputComparison(string Input, string Metric, double Planned, double? ObservedMedian, double? ObservedP25, double? ObservedP75, int Partners);

/// <summary>The factual value of a solution: per-partner actuals, the summary and the calibration overview.</summary>
public sealed record ActualsReport(
    string Solution,
    string? Segment,
    MonthWindow? Window,
    IReadOnlyList<PartnerActuals> Partners,
    ActualsSummary Summary,
    IReadOnlyList<InputComparison> Inputs,
    double? PlannedNpv,
    double? TargetNpv,
    IReadOnlyDictionary<string, int> WonDeals);
