using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace SamePage.Core.Perception;

/// <summary>
/// The answers to one question: n, mean, sample standard deviation (n − 1) and the 95 % confidence interval of the
/// mean, mean ± t(0.975, n − 1)·sd/√n. Sd and the interval are null below two answers; everything but n is null without answers.
/// </summary>
public sealed record QuestionStatistics(string Id, QuestionKind Kind, int N, double? Mean, double? Sd, double? CiLow, double? CiHigh)
{
    public static QuestionStatistics Compute(string id, QuestionKind kind, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var data = values.ToArray();
        if (data.Length == 0)
        {
            return new QuestionStatistics(id, kind, 0, null, null, null, null);
        }

        var mean = data.Mean();
        if (data.Length < 2)
        {
            return new QuestionStatistics(id, kind, 1, mean, null, null, null);
        }

        var sd = data.StandardDeviation();
        var half = TCritical(data.Length - 1) * sd / Math.Sqrt(data.Length);
        return new QuestionStatistics(id, kind, data.Length, mean, sd, mean - half, mean + half);
    }

    /// <summary>t(0.975, degrees of freedom): the two-sided 95 % quantile of Student's t distribution.</summary>
    public static double TCritical(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
    }
}
