using SamePage.Core.Perception;

namespace SamePage.Core.Tests.Perception;

public sealed class NetPromoterScoreTests
{
    [Fact]
    public void Computes_the_score_and_its_interval()
    {
        // 10 answers: promoters 10, 9, 9, 10, 9 (5), passives 8, 7 (2), detractors 6, 3, 0 (3).
        // pP = 0.5, pD = 0.3 → score = 100 · (0.5 − 0.3) = 20.
        // half width = 1.96 · 100 · √((0.5 + 0.3 − 0.2²) / 10) = 196 · √0.076 = 54.033471.
        var nps = NetPromoterScore.Compute([10, 9, 9, 8, 7, 6, 3, 10, 0, 9])!;

        Assert.Equal((10, 5, 2, 3), (nps.N, nps.Promoters, nps.Passives, nps.Detractors));
        Assert.Equal(20.0, nps.Score, 10);
        Assert.Equal(20 - 54.033471, nps.CiLow, 5);
        Assert.Equal(20 + 54.033471, nps.CiHigh, 5);
    }

    [Fact]
    public void All_promoters_score_100_with_no_spread()
    {
        var nps = NetPromoterScore.Compute([9, 10, 10])!;

        Assert.Equal(100.0, nps.Score, 10);
        Assert.Equal(100.0, nps.CiLow, 10);
        Assert.Equal(100.0, nps.CiHigh, 10);
    }

    [Fact]
    public void Rejects_answers_outside_0_to_10_and_has_no_score_without_answers()
    {
        Assert.Null(NetPromoterScore.Compute([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compute([5, 11]));
    }
}
