namespace SamePage.Core.Values;

/// <summary>The npv distribution of a simulation, the chance to reach the target and the payback distribution.</summary>
public sealed record MonteCarloResult(
    int Trials,
    int Seed,
    double P10,
    double P50,
    double P90,
    double Mean,
    double? TargetNpv,
    double? ProbabilityAboveTarget,
    PaybackDistribution Payback,
    IReadOnlyList<HistogramBin> Histogram);

/// <summary>
/// Payback months over all trials; a trial that never pays back counts as later than any month, so a
/// percentile is null when it falls among those trials. NeverShare is the share of trials without payback.
/// </summary>
public sealed record PaybackDistribution(int? P10, int? P50, int? P90, double NeverShare);

/// <summary>A histogram bar: trials with From &lt;= npv &lt; To (the last bin includes its upper edge).</summary>
public sealed record HistogramBin(double From, double To, int Count);
