namespace SamePage.Core.Values;

/// <summary>Settings of a Monte Carlo simulation.</summary>
public sealed record MonteCarloOptions
{
    public int Trials { get; init; } = 20_000;

    public int Seed { get; init; } = 1;

    /// <summary>The npv to reach; when null the model's own target is used (none → no probability), unless <see cref="OnlyGivenTarget"/>.</summary>
    public double? TargetNpv { get; init; }

    /// <summary>
    /// Use <see cref="TargetNpv"/> only, never the model's own target: for stored models, whose target is set on the
    /// targets page (the file's target is only its default).
    /// </summary>
    public bool OnlyGivenTarget { get; init; }

    public int HistogramBins { get; init; } = 30;

    /// <summary>Inputs fixed at a value (not sampled), by name.</summary>
    public IReadOnlyDictionary<string, double>? Overrides { get; init; }

    /// <summary>Ranges given from outside (e.g. a measure's effect), replacing or adding to the model's ranges.</summary>
    public IReadOnlyDictionary<string, InputRange>? Ranges { get; init; }

    /// <summary>Threads to use (default: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
