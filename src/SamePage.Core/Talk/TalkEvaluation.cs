namespace SamePage.Core.Talk;

/// <summary>Evaluates talk classifiers on labelled corpora (label TAB language TAB sentence).</summary>
public static class TalkEvaluation
{
    /// <summary>Evaluates the rule-based analyzer (or the given classifier) on the examples.</summary>
    public static TalkEvaluationReport Evaluate(IEnumerable<(TalkLabel Label, string Language, string Sentence)> examples, Func<string, string, TalkLabel>? classify = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (classify is null)
        {
            var analyzer = TalkAnalyzer.RulesOnly();
            classify = (sentence, language) => analyzer.ClassifySentence(sentence, language).Label;
        }

        var pairs = examples.Select(e => (Gold: e.Label, Predicted: classify(e.Sentence, e.Language))).ToList();
        return Score(pairs);
    }

    public static TalkEvaluationReport Evaluate(IEnumerable<TalkExample> examples, Func<string, string, TalkLabel>? classify = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return Evaluate(examples.Select(e => (e.Label, e.Language, e.Sentence)), classify);
    }

    /// <summary>
    /// Evaluates an analyzer as it runs in SamePage (classifier, rules, corrections): the overall report with
    /// one per language, the reliability table of its confidences and how many sentences it marks unsure.
    /// </summary>
    public static TalkEvaluationReport Evaluate(IReadOnlyList<TalkExample> examples, TalkAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(analyzer);
        var results = examples.Select(e => (Example: e, Sentence: analyzer.ClassifySentence(e.Sentence, e.Language))).ToList();
        var report = Score([.. results.Select(r => (r.Example.Label, r.Sentence.Label))]);
        var byLanguage = results.GroupBy(r => r.Example.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score([.. g.Select(r => (r.Example.Label, r.Sentence.Label))]), StringComparer.Ordinal);
        var sure = results.Where(r => !r.Sentence.Unsure).ToList();
        return report with
        {
            ByLanguage = byLanguage,
            Reliability = TalkReliability.Of([.. results.Select(r => (r.Sentence.Confidence, r.Sentence.Label == r.Example.Label))]),
            Unsure = results.Count - sure.Count,
            SureAccuracy = sure.Count == 0 ? null : sure.Count(r => r.Sentence.Label == r.Example.Label) / (double)sure.Count,
        };
    }

    /// <summary>Scores gold/predicted pairs.</summary>
    public static TalkEvaluationReport Score(IReadOnlyList<(TalkLabel Gold, TalkLabel Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var labels = TalkLabels.All;
        var confusion = new int[labels.Count][];
        for (var i = 0; i < labels.Count; i++)
        {
            confusion[i] = new int[labels.Count];
        }

        int correct = 0, binaryCount = 0, binaryCorrect = 0;
        foreach (var (gold, predicted) in pairs)
        {
            confusion[Index(gold)][Index(predicted)]++;
            if (gold == predicted)
            {
                correct++;
            }

            if (gold != TalkLabel.Neutral)
            {
                binaryCount++;
                var right = predicted != TalkLabel.Neutral && TalkLabels.IsBusinessTalk(gold) == TalkLabels.IsBusinessTalk(predicted);
                binaryCorrect += right ? 1 : 0;
            }
        }

        var scores = new List<TalkLabelScore>();
        for (var i = 0; i < labels.Count; i++)
        {
            var tp = confusion[i][i];
            var predictedCount = confusion.Sum(row => row[i]);
            var support = confusion[i].Sum();
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new TalkLabelScore(labels[i], precision, recall, f1, support));
        }

        return new TalkEvaluationReport(
            pairs.Count,
            pairs.Count == 0 ? 0 : (double)correct / pairs.Count,
            binaryCount == 0 ? 0 : (double)binaryCorrect / binaryCount,
            binaryCount,
            scores,
            confusion.Select(r => (IReadOnlyList<int>)r).ToList());
    }

    /// <summary>Reads a corpus (see <see cref="TalkCorpus.Read(TextReader)"/>).</summary>
    public static IReadOnlyList<TalkExample> ReadCorpus(TextReader reader) => TalkCorpus.Read(reader);

    public static IReadOnlyList<TalkExample> ReadCorpus(string path) => TalkCorpus.Read(path);

    private static int Index(TalkLabel label) => label switch
    {
        TalkLabel.Business => 0,
        TalkLabel.Product => 1,
        TalkLabel.Bridged => 2,
        _ => 3,
    };
}
