namespace SamePage.Data.Planning;

/// <summary>A chosen measure in <see cref="PlanSummary"/>: its vendor cost and its Δ factual npv per partner alone.</summary>
public sealed record PlanSummaryMeasure(int Id, string Name, string? Owner, double Cost, double DeltaNpv);

/// <summary>Npv per partner of the three cases without and with the plan.</summary>
public sealed record PlanSummaryNpv(double BaselinePlanned, double BaselineFactual, double BaselinePerceived, double Planned, double Factual, double Perceived);

/// <summary>
/// The plan as the CLI's json and the API return it: {measures:[{name, cost, deltaNpv}], cost, npv:{…}, target,
/// reachesTarget, probability}, with the perceived target, the shortfall and the planner's notes besides.
/// </summary>
public sealed record PlanSummary(
    string Solution,
    string Segment,
    double? Budget,
    IReadOnlyList<PlanSummaryMeasure> Measures,
    double Cost,
    PlanSummaryNpv Npv,
    double? Target,
    double? PerceivedTarget,
    bool ReachesTarget,
    double Shortfall,
    double? Probability,
    string Method,
    IReadOnlyList<string> Notes)
{
    public static PlanSummary From(PlanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var r = outcome.Result;
        return new PlanSummary(
            outcome.Context.Solution,
            outcome.Context.Segment,
            r.Budget,
            [.. r.Measures.Select(m => new PlanSummaryMeasure(int.Parse(m.Key, System.Globalization.CultureInfo.InvariantCulture), m.Name, m.Owner, m.Cost, m.DeltaNpvFactual))],
            r.Cost,
            new PlanSummaryNpv(r.Npv.BaselinePlanned, r.Npv.BaselineFactual, r.Npv.BaselinePerceived, r.Npv.Planned, r.Npv.Factual, r.Npv.Perceived),
            r.Targets.FactualNpv,
            r.Targets.PerceivedNpv,
            r.ReachesTarget,
            r.Shortfall,
            r.Probability,
            $"{r.Statistics.Method} ({r.Statistics.Status})",
            r.Notes);
    }
}
