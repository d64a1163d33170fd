using SamePage.Core.Perception;

namespace SamePage.Core.Tests.Perception;

public sealed class QuestionStatisticsTests
{
    [Theory]
    [InlineData(1, 12.706205)]
    [InlineData(4, 2.776445)]
    [InlineData(9, 2.262157)]
    [InlineData(29, 2.045230)]
    public void Uses_the_975_quantile_of_students_t(int degreesOfFreedom, double tableValue)
    {
        Assert.Equal(tableValue, QuestionStatistics.TCritical(degreesOfFreedom), 6);
    }

    [Fact]
    public void Computes_mean_sample_sd_and_the_t_interval()
    {
        // Answers 2, 4, 4, 5, 5 worked by hand:
        //   mean = 20 / 5 = 4; squared deviations 4, 0, 0, 1, 1 → Σ = 6; sample variance = 6 / (5 − 1) = 1.5;
        //   sd = √1.5 = 1.2247449; half width = t(0.975, 4) · sd / √5 = 2.776445 · 1.2247449 / 2.2360680 = 1.5207216;
        //   interval = 4 ± 1.5207216 = [2.4792784, 5.5207216].
        var stats = QuestionStatistics.Compute("q1", QuestionKind.Importance, [2, 4, 4, 5, 5]);

        Assert.Equal(5, stats.N);
        Assert.Equal(4.0, stats.Mean!.Value, 12);
        Assert.Equal(1.2247449, stats.Sd!.Value, 6);
        Assert.Equal(2.4792784, stats.CiLow!.Value, 6);
        Assert.Equal(5.5207216, stats.CiHigh!.Value, 6);
    }

    [Fact]
    public void Has_no_interval_below_two_answers()
    {
        var one = QuestionStatistics.Compute("q", QuestionKind.Nps, [7]);
        var none = QuestionStatistics.Compute("q", QuestionKind.Nps, []);

        Assert.Equal((1, 7.0), (one.N, one.Mean!.Value));
        Assert.Null(one.Sd);
        Assert.Null(one.CiLow);
        Assert.Null(one.CiHigh);
        Assert.Equal(0, none.N);
        Assert.Null(none.Mean);
    }
}
