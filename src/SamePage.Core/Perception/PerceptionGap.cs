namespace SamePage.Core.Perception;

/// <summary>
/// The perception gap of one input: relative gap = (median estimate − median observed) / |median observed|, medians
/// type 7 (the usual median). The absolute value keeps the sign meaning "partners think it is higher" for a negative
/// observed median too; for positive medians it is the formula. With an observed median of 0 the relative gap is
/// undefined (null) and the direction decides: a positive estimate is an over-promise, a negative one a blind spot,
/// 0 is aligned.
/// </summary>
public sealed record PerceptionGap(string Input, double PerceivedMedian, double ObservedMedian, double? RelativeGap, GapClassification Classification)
{
    // Differences of a few ulps must not move a gap of exactly 20 % across the threshold.
    private const double Tolerance = 1e-12;

    /// <summary>The gap of an input from partners' estimates and observed values; null when either side has no values.</summary>
    public static PerceptionGap? Compute(string input, IEnumerable<double> estimates, IEnumerable<double> observed, PerceptionGapThresholds? thresholds = null)
    {
        var perceived = Actuals.Quantiles.Median(estimates);
        var actual = Actuals.Quantiles.Median(observed);
        return perceived is null || actual is null ? null : FromMedians(input, perceived.Value, actual.Value, thresholds);
    }

    /// <summary>The gap from medians computed elsewhere (such as in the database).</summary>
    public static PerceptionGap FromMedians(string input, double perceivedMedian, double observedMedian, PerceptionGapThresholds? thresholds = null)
    {
        var limits = thresholds ?? PerceptionGapThresholds.Default;
        if (observedMedian == 0)
        {
            var direction = perceivedMedian switch
            {
                > 0 => GapClassification.OverPromise,
                < 0 => GapClassification.BlindSpot,
                _ => GapClassification.Aligned,
            };
            return new PerceptionGap(input, perceivedMedian, observedMedian, perceivedMedian == 0 ? 0 : null, direction);
        }

        var gap = (perceivedMedian - observedMedian) / Math.Abs(observedMedian);
        var classification = gap < limits.BlindSpotBelow - Tolerance
            ? GapClassification.BlindSpot
            : gap > limits.OverPromiseAbove + Tolerance ? GapClassification.OverPromise : GapClassification.Aligned;
        return new PerceptionGap(input, perceivedMedian, observedMedian, gap, classification);
    }
}
