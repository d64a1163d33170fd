using SamePage.Core.Talk;

namespace SamePage.TalkEmbeddings;

/// <summary>One variant's held-out result; Predicted is in the order of the held-out sentences.</summary>
internal sealed record Result(string Name, TalkEvaluationReport Report, double? EmbeddingMs, TalkLabel[] Predicted)
{
    public double MacroF1 => Report.Labels.Average(l => l.F1);
}

internal static class Labels
{
    public static int Index(TalkLabel label)
    {
        for (var i = 0; i < TalkLabels.All.Count; i++)
        {
            if (TalkLabels.All[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(label));
    }

    /// <summary>
    /// As TalkAnalyzer decides: footer and signature lines keep the rules' label (neutral by position, they never reach
    /// the classifier); every other sentence gets the most probable label.
    /// </summary>
    public static TalkLabel[] Decide(IReadOnlyList<IReadOnlyList<float>> probabilities, TalkLabel?[] footers) =>
        [.. probabilities.Select((p, i) => footers[i] ?? TalkLabels.All[Models.ArgMax(p)])];

    public static TalkLabel[] Decide(IReadOnlyList<double[]> probabilities, TalkLabel?[] footers) =>
        Decide([.. probabilities.Select(p => (IReadOnlyList<float>)[.. p.Select(x => (float)x)])], footers);

    /// <summary>The project's own scoring (accuracy, binary business-vs-product accuracy, per-label F1).</summary>
    public static TalkEvaluationReport Score(IReadOnlyList<TalkExample> gold, TalkLabel[] predicted) =>
        TalkEvaluation.Score([.. gold.Select((e, i) => (e.Label, predicted[i]))]);

    /// <summary>Binary right or wrong as in TalkEvaluationReport.BinaryAccuracy; null for neutral gold sentences.</summary>
    public static bool? BinaryRight(TalkLabel gold, TalkLabel predicted) =>
        gold == TalkLabel.Neutral ? null : predicted != TalkLabel.Neutral && TalkLabels.IsBusinessTalk(gold) == TalkLabels.IsBusinessTalk(predicted);

    /// <summary>Held-out sentences the variant gets right (binary) and the baseline wrong, and the other way round.</summary>
    public static (int Wins, int Losses) BinaryWinsLosses(IReadOnlyList<TalkExample> gold, TalkLabel[] baseline, TalkLabel[] variant)
    {
        int wins = 0, losses = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (BinaryRight(gold[i].Label, variant[i]) is not { } right)
            {
                continue;
            }

            var baseRight = BinaryRight(gold[i].Label, baseline[i])!.Value;
            wins += right && !baseRight ? 1 : 0;
            losses += !right && baseRight ? 1 : 0;
        }

        return (wins, losses);
    }

    /// <summary>Exact two-sided McNemar test: the binomial probability of a split at least this uneven of the discordant sentences.</summary>
    public static double McNemar(int wins, int losses)
    {
        var n = wins + losses;
        if (n == 0)
        {
            return 1;
        }

        var k = Math.Min(wins, losses);
        var tail = 0.0;
        for (var i = 0; i <= k; i++)
        {
            tail += Math.Exp(LogChoose(n, i) - (n * Math.Log(2)));
        }

        return Math.Min(1, 2 * tail);
    }

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }
}
