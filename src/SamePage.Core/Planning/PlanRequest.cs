using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// What the planner needs: the value model of one solution × segment, its cases, the candidate measures (their
/// <see cref="MeasureDefinition.DependsOn"/> and <see cref="MeasureDefinition.Excludes"/> are honoured), a budget on the
/// vendor cost (null = no limit) and the target npv per partner on the factual and/or the perceived case.
/// </summary>
public sealed record PlanRequest
{
    public required CompiledValueModel Model { get; init; }

    public ValueBaselines Baselines { get; init; } = ValueBaselines.PlannedOnly;

    public required IReadOnlyList<MeasureDefinition> Candidates { get; init; }

    /// <summary>The most the chosen measures may cost the vendor in total; null = no limit.</summary>
    public double? Budget { get; init; }

    /// <summary>Targets per partner; when both are null the model's target npv is the factual target.</summary>
    public PlanTargets Targets { get; init; } = new(null);

    /// <summary>Most solver rounds (solve, verify, cut) after the greedy start.</summary>
    public int MaxIterations { get; init; } = 60;

    /// <summary>Wall-clock limit of the solver rounds; the best verified set so far is returned when it is reached.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// How far below the target the linear model may put a set and the planner still verifies it, as a multiple of the largest
    /// gain from interactions seen in verified sets (the linear model misses interactions; see docs/planner.md).
    /// </summary>
    public double InteractionAllowance { get; init; } = 2.0;

    /// <summary>Monte Carlo for the probability of the chosen set; Trials = 0 skips it.</summary>
    public EffectSimulationOptions Simulation { get; init; } = new() { Trials = 2_000 };
}
