using SamePage.Core.Perception;

namespace SamePage.Core.Tests.Perception;

public sealed class PerceptionGapTests
{
    [Fact]
    public void Underestimating_by_more_than_20_percent_is_a_blind_spot()
    {
        // Median estimate of 10, 12, 8 = 10; median observed of 13, 14, 15, 20 = 14.5; gap = (10 − 14.5) / 14.5 = −0.3103.
        var gap = PerceptionGap.Compute("newCustomersPerMonth", [10, 12, 8], [14, 15, 13, 20])!;

        Assert.Equal(10.0, gap.PerceivedMedian);
        Assert.Equal(14.5, gap.ObservedMedian);
        Assert.Equal(-4.5 / 14.5, gap.RelativeGap!.Value, 12);
        Assert.Equal(GapClassification.BlindSpot, gap.Classification);
    }

    [Theory]
    [InlineData(13, 10, GapClassification.OverPromise)]
    [InlineData(11, 10, GapClassification.Aligned)]
    [InlineData(12, 10, GapClassification.Aligned)]
    [InlineData(8, 10, GapClassification.Aligned)]
    [InlineData(0.8, 1, GapClassification.Aligned)]
    [InlineData(7.9, 10, GapClassification.BlindSpot)]
    [InlineData(-13, -10, GapClassification.BlindSpot)]
    public void Classifies_by_the_relative_gap_with_20_percent_thresholds(double perceived, double observed, GapClassification expected)
    {
        Assert.Equal(expected, PerceptionGap.FromMedians("x", perceived, observed).Classification);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var tight = new PerceptionGapThresholds(-0.1, 0.1);

        Assert.Equal(GapClassification.OverPromise, PerceptionGap.FromMedians("x", 11.5, 10, tight).Classification);
        Assert.Equal(GapClassification.BlindSpot, PerceptionGap.FromMedians("x", 8.5, 10, tight).Classification);
        Assert.Equal(GapClassification.Aligned, PerceptionGap.FromMedians("x", 11, 10, tight).Classification);
    }

    [Fact]
    public void An_observed_median_of_zero_has_no_relative_gap_and_is_classified_by_direction()
    {
        var over = PerceptionGap.FromMedians("x", 2, 0);
        var same = PerceptionGap.FromMedians("x", 0, 0);

        Assert.Null(over.RelativeGap);
        Assert.Equal(GapClassification.OverPromise, over.Classification);
        Assert.Equal(0.0, same.RelativeGap);
        Assert.Equal(GapClassification.Aligned, same.Classification);
        Assert.Equal(GapClassification.BlindSpot, PerceptionGap.FromMedians("x", -1, 0).Classification);
    }

    [Fact]
    public void Without_estimates_or_observations_there_is_no_gap()
    {
        Assert.Null(PerceptionGap.Compute("x", [], [1, 2]));
        Assert.Null(PerceptionGap.Compute("x", [1], []));
    }

    [Fact]
    public void Pairs_perceived_and_factual_npv_per_partner()
    {
        var gaps = PartnerNpvGap.Pair(
            new Dictionary<string, double> { ["P2"] = 5000, ["P1"] = 12000, ["P3"] = 1 },
            new Dictionary<string, double> { ["P1"] = 10000, ["P2"] = 8000 });

        Assert.Equal(["P1", "P2"], gaps.Select(g => g.PartnerId));
        Assert.Equal([2000.0, -3000.0], gaps.Select(g => g.Gap));
    }

    [Fact]
    public void Serializes_in_the_shape_of_the_perception_json()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(
            PerceptionGap.FromMedians("dealsPerMonth", 3, 4),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Equal("{\"input\":\"dealsPerMonth\",\"perceivedMedian\":3,\"observedMedian\":4,\"relativeGap\":-0.25,\"classification\":\"blindSpot\"}", json);
    }
}
