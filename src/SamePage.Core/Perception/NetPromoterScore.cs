namespace SamePage.Core.Perception;

/// <summary>
/// Partner NPS from 0-10 answers: score = 100·(share of 9-10 − share of 0-6), with the 95 % interval
/// score ± 1.96·100·√((pP + pD − (pP − pD)²)/n). The interval is the formula's, not clipped to [−100, 100].
/// </summary>
public sealed record NetPromoterScore(double Score, double CiLow, double CiHigh, int N, int Promoters, int Passives, int Detractors)
{
    private const double Z975 = 1.96;

    /// <summary>The score of the answers; null without answers. Answers must be whole numbers 0-10.</summary>
    public static NetPromoterScore? Compute(IEnumerable<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var answer in answers)
        {
            switch (answer)
            {
                case < 0 or > 10:
                    throw new ArgumentOutOfRangeException(nameof(answers), answer, "NPS answers are 0 to 10.");
                case >= 9:
                    promoters++;
                    break;
                case >= 7:
                    passives++;
                    break;
                default:
                    detractors++;
                    break;
            }
        }

        var n = promoters + passives + detractors;
        if (n == 0)
        {
            return null;
        }

        var pP = (double)promoters / n;
        var pD = (double)detractors / n;
        var score = 100 * (pP - pD);
        var half = Z975 * 100 * Math.Sqrt((pP + pD - ((pP - pD) * (pP - pD))) / n);
        return new NetPromoterScore(score, score - half, score + half, n, promoters, passives, detractors);
    }
}
