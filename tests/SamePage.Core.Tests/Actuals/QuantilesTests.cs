using MathNet.Numerics.Statistics;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class QuantilesTests
{
    [Fact]
    public void Interpolates_linearly_between_order_statistics()
    {
        // Sorted 1, 2, 3, 4: h = 3p. p25: h = 0.75 → 1 + 0.75·1; median: h = 1.5 → 2.5; p75: h = 2.25 → 3.25.
        Assert.Equal(new QuartileSummary(1.75m, 2.5m, 3.25m), Quantiles.Quartiles([4m, 1m, 3m, 2m]));

        // Sorted 1, 2, 3, 4, 10: h = 4p lands on order statistics.
        Assert.Equal(new QuartileSummary(2m, 3m, 4m), Quantiles.Quartiles([10m, 1m, 2m, 3m, 4m]));
        Assert.Equal(new QuartileSummary(7m, 7m, 7m), Quantiles.Quartiles([7m]));
        Assert.Null(Quantiles.Quartiles([]));
    }

    [Fact]
    public void Matches_the_type_7_definition_of_math_net()
    {
        double[] data = [12.5, -3, 7, 7, 100, 0.25, 42, 18, 5.5];
        foreach (var p in new[] { 0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0 })
        {
            var expected = data.QuantileCustom(p, QuantileDefinition.R7);
            Assert.Equal(expected, Quantiles.Quantile(data, p)!.Value, 12);
            Assert.Equal(expected, (double)Quantiles.Quantile(data.Select(d => (decimal)d), (decimal)p)!.Value, 12);
        }
    }
}
