namespace SamePage.Core.Planning;

/// <summary>Settings of <see cref="EffectSimulation"/>.</summary>
public sealed record EffectSimulationOptions
{
    public int Trials { get; init; } = 5_000;

    public int Seed { get; init; } = 1;

    /// <summary>Threads to use (default: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}

/// <summary>A case and the npv (per partner) it should reach.</summary>
public sealed record BaselineTarget(BaselineKind Baseline, double TargetNpv);

/// <summary>Simulation result: the share of trials in which every case reached its target, and the figures per case.</summary>
public sealed record EffectSimulationResult(int Trials, int Seed, double ProbabilityAll, IReadOnlyList<TargetProbability> Cases);

/// <summary>One case of a simulation: the share of trials with npv ≥ target, mean and P10/P50/P90 of npv.</summary>
public sealed record TargetProbability(BaselineKind Baseline, double TargetNpv, double Probability, double MeanNpv, double P10, double P50, double P90);
