namespace SamePage.Core.Talk;

/// <summary>
/// k-fold cross-validation of the combination (rules + model trained on the other folds + corrections):
/// the combined report pools the held-out predictions of all folds; rules-only and model-only accuracies
/// on the same folds are given for comparison.
/// </summary>
public static class TalkCrossValidation
{
    public static TalkCrossValidationReport Run(
        IReadOnlyList<TalkExample> examples,
        IEnumerable<TalkCorrection>? corrections = null,
        int folds = 5,
        int seed = 1,
        double ruleThreshold = TalkCombination.DefaultRuleThreshold)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var correctionList = (corrections ?? []).ToList();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new Random(seed).Shuffle(order);
        var rules = new TalkAnalyzer();
        var pairs = new List<(TalkLabel Gold, TalkLabel Predicted)>();
        var foldAccuracies = new List<double>();
        int rulesCorrect = 0, modelCorrect = 0;
        for (var f = 0; f < folds; f++)
        {
            var test = order.Where((_, i) => i % folds == f).Select(i => examples[i]).ToList();
            var train = order.Where((_, i) => i % folds != f).Select(i => examples[i]).ToList();
            var model = TalkModelTrainer.Train(train, correctionList, seed);
            var combined = new TalkAnalyzer(null, model, correctionList, ruleThreshold);
            var correct = 0;
            foreach (var e in test)
            {
                var predicted = combined.ClassifySentence(e.Sentence, e.Language).Label;
                pairs.Add((e.Label, predicted));
                correct += predicted == e.Label ? 1 : 0;
                rulesCorrect += rules.ClassifySentence(e.Sentence, e.Language).Label == e.Label ? 1 : 0;
                modelCorrect += model.Predict(e.Sentence, e.Language).Label == e.Label ? 1 : 0;
            }

            foldAccuracies.Add(test.Count == 0 ? 0 : (double)correct / test.Count);
        }

        var report = TalkEvaluation.Score(pairs);
        return new TalkCrossValidationReport(
            folds,
            foldAccuracies,
            report.Accuracy,
            (double)rulesCorrect / examples.Count,
            (double)modelCorrect / examples.Count,
            report);
    }
}
