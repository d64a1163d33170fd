namespace SamePage.Core.Planning;

/// <summary>
/// The planner's answer: the chosen measures, their total vendor cost, the verified npv per partner of each case before and
/// after, whether the target(s) are reached (otherwise the set that gets closest within the budget and the shortfall),
/// the Monte Carlo probability of reaching the target(s) with the chosen set, and how the solver got there.
/// </summary>
public sealed record PlanResult(
    IReadOnlyList<PlannedMeasure> Measures,
    double Cost,
    double? Budget,
    PlanNpv Npv,
    PlanTargets Targets,
    bool ReachesTarget,
    double Shortfall,
    double? Probability,
    SolverStatistics Statistics,
    IReadOnlyList<string> Notes);

/// <summary>A chosen measure with its vendor cost and its Δ npv per partner when applied alone to each case.</summary>
public sealed record PlannedMeasure(
    string Key,
    string Name,
    string? Owner,
    string Instrument,
    double Cost,
    double DeltaNpvPlanned,
    double DeltaNpvFactual,
    double DeltaNpvPerceived);

/// <summary>Npv per partner of the three cases without measures and with the chosen set (verified by the full model).</summary>
public sealed record PlanNpv(
    double BaselinePlanned,
    double BaselineFactual,
    double BaselinePerceived,
    double Planned,
    double Factual,
    double Perceived);

/// <summary>
/// How the answer was found. Status: <c>Optimal</c> (the solver proved that no set is left that was not verified: nothing
/// cheaper reaches the target, or, when the target cannot be reached, nothing within the budget gets closer),
/// <c>LocalOptimum</c> (the model re-linearised around the answer predicts no better set), <c>WithinAllowance</c> (the sets
/// left are further from the target than the interaction allowance), <c>IterationLimit</c>, <c>TimeLimit</c>, or <c>Greedy</c>.
/// Verifications counts evaluations of the full value model.
/// </summary>
public sealed record SolverStatistics(
    string Method,
    string Status,
    int Iterations,
    int Verifications,
    int Cuts,
    double InteractionAllowance,
    TimeSpan Elapsed);
