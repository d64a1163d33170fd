using SamePage.Core.Planning;
using SamePage.Core.Values;
using SamePage.Data.Entities;

namespace SamePage.Data.Planning;

/// <summary>
/// Everything planning needs for one solution × segment: the compiled value model, the three cases (planned; factual =
/// observed medians of the calibrated inputs; perceived = the survey estimates of <see cref="IPerceivedBaselineSource"/>),
/// the number of partners in the segment, the target in force (<see cref="Values.TargetStore"/>) and the measures
/// meant for the segment.
/// </summary>
public sealed record PlanningContext(
    int SolutionId,
    string Solution,
    string Segment,
    CompiledValueModel Model,
    ValueBaselines Baselines,
    int PartnersInSegment,
    Target? Target,
    PlanTargets Targets,
    IReadOnlyList<MeasureView> Measures)
{
    /// <summary>Statuses whose measures make up the current plan: decided, under way or finished.</summary>
    public static IReadOnlyList<MeasureStatus> PlanStatuses { get; } = [MeasureStatus.Planned, MeasureStatus.Running, MeasureStatus.Done];

    /// <summary>The measures of the current plan (planned, running, done).</summary>
    public IReadOnlyList<MeasureView> CurrentPlan => [.. Measures.Where(m => PlanStatuses.Contains(m.Status))];

    /// <summary>The factual target per partner: the target set on the targets page (the model's own target is only its default).</summary>
    public double? FactualTarget => Targets.FactualNpv;

    /// <summary>The perceived target per partner (defaults to the factual one, as in the engine).</summary>
    public double? PerceivedTarget => Targets.PerceivedNpv ?? FactualTarget;
}

/// <summary>A plan request: solution and segment, the budget on the total vendor cost and the candidate measure ids (null = every measure of the segment that is not dropped).</summary>
public sealed record PlanQuery(string Solution, string Segment)
{
    public double? Budget { get; init; }
    public IReadOnlyList<int>? CandidateIds { get; init; }
    public int Trials { get; init; } = 2_000;
}

/// <summary>The planner's answer with its context and the chosen set as a waterfall by participant on the factual case.</summary>
public sealed record PlanOutcome(PlanningContext Context, PlanResult Result, ContributionWaterfallResult Waterfall, IReadOnlyList<MeasureView> Chosen);
