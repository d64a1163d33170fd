namespace SamePage.Core.Talk;

/// <summary>One confidence bin: how many predictions fell in [From, To), their mean confidence and how many were right.</summary>
public sealed record TalkReliabilityBin(double From, double To, int Count, double MeanConfidence, double Accuracy);

/// <summary>
/// Reliability table of predicted probabilities: calibrated means that in each bin the accuracy is close to
/// the mean confidence. ExpectedCalibrationError is the count-weighted mean of |accuracy − confidence|.
/// </summary>
public sealed record TalkReliability(IReadOnlyList<TalkReliabilityBin> Bins, double ExpectedCalibrationError)
{
    private static readonly double[] Edges = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

    public static TalkReliability Of(IReadOnlyList<(double Confidence, bool Right)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var bins = new List<TalkReliabilityBin>();
        var error = 0.0;
        for (var b = 0; b + 1 < Edges.Length; b++)
        {
            var inBin = predictions.Where(p => p.Confidence >= Edges[b] && p.Confidence < Edges[b + 1]).ToList();
            if (inBin.Count == 0)
            {
                bins.Add(new TalkReliabilityBin(Edges[b], Math.Min(1.0, Edges[b + 1]), 0, 0, 0));
                continue;
            }

            var confidence = inBin.Average(p => p.Confidence);
            var accuracy = inBin.Count(p => p.Right) / (double)inBin.Count;
            error += inBin.Count * Math.Abs(accuracy - confidence);
            bins.Add(new TalkReliabilityBin(Edges[b], Math.Min(1.0, Edges[b + 1]), inBin.Count, confidence, accuracy));
        }

        return new TalkReliability(bins, predictions.Count == 0 ? 0 : error / predictions.Count);
    }
}
