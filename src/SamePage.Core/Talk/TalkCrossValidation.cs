namespace SamePage.Core.Talk;

/// <summary>
/// k-fold cross-validation of the learned classifier on one corpus (the training part: tuning happens here,
/// never on the held-out part): each fold is predicted by a model trained on the other folds plus the
/// corrections; the pooled report and the rules alone on the same sentences are given for comparison.
/// </summary>
public static class TalkCrossValidation
{
    public static TalkCrossValidationReport Run(
        IReadOnlyList<TalkExample> examples,
        IEnumerable<TalkCorrection>? corrections = null,
        int folds = 5,
        TalkTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        options = (options ?? new TalkTrainingOptions()) with { CalibrationFolds = 0 };
        var correctionList = (corrections ?? []).ToList();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var rules = TalkAnalyzer.RulesOnly();
        var pairs = new List<(TalkLabel Gold, TalkLabel Predicted)>();
        var foldAccuracies = new List<double>();
        var rulesCorrect = 0;
        for (var f = 0; f < folds; f++)
        {
            var test = order.Where((_, i) => i % folds == f).Select(i => examples[i]).ToList();
            var train = order.Where((_, i) => i % folds != f).Select(i => examples[i]).ToList();
            var model = new TalkAnalyzer(null, TalkClassifierTrainer.Train(train, correctionList, options), correctionList);
            var correct = 0;
            foreach (var e in test)
            {
                var predicted = model.ClassifySentence(e.Sentence, e.Language).Label;
                pairs.Add((e.Label, predicted));
                correct += predicted == e.Label ? 1 : 0;
                rulesCorrect += rules.ClassifySentence(e.Sentence, e.Language).Label == e.Label ? 1 : 0;
            }

            foldAccuracies.Add(test.Count == 0 ? 0 : (double)correct / test.Count);
        }

        var report = TalkEvaluation.Score(pairs);
        return new TalkCrossValidationReport(folds, foldAccuracies, report.Accuracy, (double)rulesCorrect / examples.Count, report);
    }
}
