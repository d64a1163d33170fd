namespace SamePage.Core.Talk;

/// <summary>
/// Congruence with ranked information needs: each need at rank r (1 = most important) weighs 1/r.
/// A non-neutral sentence scores the highest weight among the needs it addresses (0 if none);
/// congruence is the mean over non-neutral sentences, so 1.0 means every sentence addresses the top need.
/// Null when no needs are given or the message has no non-neutral sentence.
/// </summary>
public static class TalkCongruence
{
    public static double? Compute(IReadOnlyList<TalkSentence> sentences, IReadOnlyList<string> rankedNeeds)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(rankedNeeds);
        if (rankedNeeds.Count == 0)
        {
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rankedNeeds.Count; i++)
        {
            weights.TryAdd(rankedNeeds[i], 1.0 / (i + 1));
        }

        var count = 0;
        var sum = 0.0;
        foreach (var s in sentences)
        {
            if (s.Label == TalkLabel.Neutral)
            {
                continue;
            }

            count++;
            var best = 0.0;
            foreach (var d in s.Drivers)
            {
                if (weights.TryGetValue(d, out var w) && w > best)
                {
                    best = w;
                }
            }

            sum += best;
        }

        return count == 0 ? null : Math.Round(sum / count, 4);
    }
}
