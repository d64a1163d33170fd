using System.Globalization;

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
            var analyzer = new TalkAnalyzer();
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

    /// <summary>Reads a corpus: one "label TAB language TAB sentence" per line; '#' lines and blank lines are skipped.</summary>
    public static IReadOnlyList<TalkExample> ReadCorpus(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<TalkExample>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new TalkInputException(string.Create(CultureInfo.InvariantCulture, $"Corpus line {lineNumber}: expected 'label TAB language TAB sentence'."));
            }

            if (!TalkLabels.TryParse(parts[0], out var label))
            {
                throw new TalkInputException(string.Create(CultureInfo.InvariantCulture, $"Corpus line {lineNumber}: unknown label '{parts[0]}' (business, product, bridged, neutral)."));
            }

            var language = parts[1].Trim().ToLowerInvariant();
            if (language is not (TalkLanguageDetector.German or TalkLanguageDetector.English))
            {
                throw new TalkInputException(string.Create(CultureInfo.InvariantCulture, $"Corpus line {lineNumber}: language must be 'de' or 'en', not '{parts[1]}'."));
            }

            examples.Add(new TalkExample(label, language, string.Join('\t', parts.Skip(2)).Trim()));
        }

        return examples;
    }

    public static IReadOnlyList<TalkExample> ReadCorpus(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return ReadCorpus(reader);
        }
        catch (IOException ex)
        {
            throw new TalkInputException($"Cannot read corpus {path}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new TalkInputException($"Cannot read corpus {path}: {ex.Message}", ex);
        }
    }

    private static int Index(TalkLabel label) => label switch
    {
        TalkLabel.Business => 0,
        TalkLabel.Product => 1,
        TalkLabel.Bridged => 2,
        _ => 3,
    };
}
