namespace SamePage.Core.Actuals;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the default of R, NumPy
/// and Excel's PERCENTILE.INC): for sorted x₀..xₙ₋₁ and p in [0, 1], h = (n − 1)·p and
/// Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). The median is Q(0.5). Null for an empty sample.
/// </summary>
public static class Quantiles
{
    public static decimal? Quantile(IEnumerable<decimal> values, decimal p)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        return QuantileOfSorted(sorted, p);
    }

    public static double? Quantile(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        CheckP((decimal)p);
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double? Median(IEnumerable<double> values) => Quantile(values, 0.5);

    public static decimal? Median(IEnumerable<decimal> values) => Quantile(values, 0.5m);

    /// <summary>p25, median and p75 of the values (sorted once); null for an empty sample.</summary>
    public static QuartileSummary? Quartiles(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? null
            : new QuartileSummary(QuantileOfSorted(sorted, 0.25m)!.Value, QuantileOfSorted(sorted, 0.5m)!.Value, QuantileOfSorted(sorted, 0.75m)!.Value);
    }

    private static decimal? QuantileOfSorted(decimal[] sorted, decimal p)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        CheckP(p);
        var h = (sorted.Length - 1) * p;
        var lower = (int)decimal.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    private static void CheckP(decimal p)
    {
        if (p < 0m || p > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability is between 0 and 1.");
        }
    }
}
