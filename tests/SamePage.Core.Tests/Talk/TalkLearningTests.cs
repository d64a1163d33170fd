using System.IO.Compression;
using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkLearningTests
{
    // A third of the training part keeps these tests fast; enough for the model to learn.
    private static readonly Lazy<IReadOnlyList<TalkExample>> Sample = new(() =>
        [.. TalkCorpus.Embedded.Where(e => !e.IsHeldOut).Where((_, i) => i % 3 == 0)]);

    private static readonly Lazy<TalkClassifier> Small = new(() => TalkClassifierTrainer.Train(Sample.Value, null, new TalkTrainingOptions { CalibrationFolds = 0 }));

    [Fact]
    public void A_correction_overrides_the_label_of_that_sentence()
    {
        const string sentence = "Our new channel chief introduces herself in a short video.";
        var corrections = new[] { new TalkCorrection(sentence, "en", TalkLabel.Bridged) };
        var analyzer = new TalkAnalyzer(corrections: corrections);
        var result = analyzer.ClassifySentence("  our new channel chief introduces herself in a short video ");
        Assert.Equal(TalkLabel.Bridged, result.Label);
        Assert.Equal(TalkLabelSource.Correction, result.Source);
        Assert.Equal(1.0, result.Confidence);
        var analysis = analyzer.AnalyzeText("Partners earn 30 % margin. " + sentence);
        Assert.Equal(TalkLabel.Bridged, analysis.Sentences[1].Label);
        Assert.Equal(TalkLabelSource.Model, analysis.Sentences[0].Source);
    }

    [Fact]
    public void The_classifier_decides_and_the_rules_alone_remain_available()
    {
        var sentence = "Partners earn 30 % margin on every renewal.";
        var decided = new TalkAnalyzer().ClassifySentence(sentence, "en");
        Assert.Equal(TalkLabelSource.Model, decided.Source);
        var rules = TalkAnalyzer.RulesOnly().ClassifySentence(sentence, "en");
        Assert.Equal(TalkLabelSource.Rules, rules.Source);
        // Same cues either way: the rules are the explanation of the classifier's decision.
        Assert.Equal(rules.Cues, decided.Cues);
        Assert.Contains(decided.Cues, c => c.Kind == TalkCueKind.PartnerMoney);
    }

    [Fact]
    public void Probabilities_sum_to_one_and_the_label_is_the_most_probable()
    {
        var prediction = new TalkAnalyzer().Predict("Die neue Konsole zeigt alle Mandanten auf einen Blick.", "de")!;
        Assert.Equal(1.0, prediction.Probabilities.Sum(), 3);
        Assert.Equal(prediction.Probabilities.Max(), prediction.Probability, 3);
        Assert.Equal(TalkLabels.All[prediction.Probabilities.ToList().IndexOf(prediction.Probabilities.Max())], prediction.Label);
    }

    [Fact]
    public void Save_and_load_give_identical_predictions()
    {
        var model = Small.Value;
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = TalkClassifier.Load(buffer);
        var original = new TalkAnalyzer(null, model);
        var reloaded = new TalkAnalyzer(null, loaded);
        foreach (var e in TalkCorpus.Embedded.Where(e => e.IsHeldOut).Take(200))
        {
            Assert.Equal(original.Predict(e.Sentence, e.Language), reloaded.Predict(e.Sentence, e.Language), new PredictionComparer());
        }

        Assert.Equal(model.Info.CorpusFingerprint, loaded.Info.CorpusFingerprint);
        Assert.Equal(model.Temperature, loaded.Temperature);
    }

    [Fact]
    public void Corrections_retrain_the_model_towards_the_channel_managers_labels()
    {
        // A vendor's house style: roadshow stop lines are neutral to it, whatever the model thought before.
        var corrections = Enumerable.Range(1, 8)
            .Select(i => new TalkCorrection($"Roadshow stop {i} shows the new backup console live in city number {i}.", "en", TalkLabel.Neutral))
            .ToList();
        var trained = TalkClassifierTrainer.Train(Sample.Value, corrections, new TalkTrainingOptions { CalibrationFolds = 0 });
        var unseen = "Roadshow stop 12 shows the new backup console live in city number 12.";
        var before = new TalkAnalyzer(null, Small.Value).Predict(unseen, "en")!;
        var after = new TalkAnalyzer(null, trained).Predict(unseen, "en")!;
        Assert.Equal(TalkLabel.Neutral, after.Label);
        Assert.True(after.Probabilities[3] > before.Probabilities[3], $"neutral {before.Probabilities[3]} → {after.Probabilities[3]}");
        Assert.Equal(corrections.Count, trained.Info.Corrections);
    }

    [Fact]
    public void Calibration_fits_a_temperature_from_out_of_fold_predictions()
    {
        var calibrated = TalkClassifierTrainer.Train(Sample.Value, null, new TalkTrainingOptions { CalibrationFolds = 3 });
        Assert.InRange(calibrated.Temperature, 0.2, 5.0);
        Assert.NotEqual(1.0, calibrated.Temperature);
        // The held-out log-loss with the fitted temperature is no worse than without it.
        var heldOut = TalkCorpus.Embedded.Where(e => e.IsHeldOut).ToList();
        Assert.True(LogLoss(new TalkAnalyzer(null, calibrated), heldOut) <= LogLoss(new TalkAnalyzer(null, Small.Value), heldOut) + 0.01);
    }

    [Fact]
    public void Training_needs_all_four_labels()
    {
        var two = Sample.Value.Where(e => e.Label is TalkLabel.Business or TalkLabel.Product).ToList();
        var error = Assert.Throws<ArgumentException>(() => TalkClassifierTrainer.Train(two, null, new TalkTrainingOptions { CalibrationFolds = 0 }));
        Assert.Contains("all 4 labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_or_foreign_model_files_are_refused_with_the_reason()
    {
        using var model = new MemoryStream();
        Small.Value.Save(model);
        var bytes = model.ToArray();

        var truncated = Assert.Throws<TalkInputException>(() => TalkClassifier.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.Contains("damaged", truncated.Message, StringComparison.Ordinal);
        var notGzip = Assert.Throws<TalkInputException>(() => TalkClassifier.Load(new MemoryStream("not a model"u8.ToArray())));
        Assert.Contains("damaged", notGzip.Message, StringComparison.Ordinal);

        var foreign = new MemoryStream();
        using (var gzip = new GZipStream(foreign, CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("ZIPX\u0001\0\0\0"u8);
        }

        foreign.Position = 0;
        Assert.Contains("Not a SamePage talk model", Assert.Throws<TalkInputException>(() => TalkClassifier.Load(foreign)).Message, StringComparison.Ordinal);

        // 40 MB of zeros inflate past any real model: refused before they are held in memory.
        var bomb = new MemoryStream();
        using (var gzip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write("SPTC"u8);
            gzip.Write(new byte[40 * 1024 * 1024]);
        }

        bomb.Position = 0;
        Assert.Contains("larger than any model", Assert.Throws<TalkInputException>(() => TalkClassifier.Load(bomb)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_validation_pools_every_sentence_once()
    {
        var examples = Sample.Value.Take(300).ToList();
        var report = TalkCrossValidation.Run(examples, folds: 3);
        Assert.Equal(3, report.FoldAccuracies.Count);
        Assert.Equal(examples.Count, report.Combined.Count);
        Assert.Equal(report.Combined.Accuracy, report.CombinedAccuracy);
        Assert.InRange(report.RulesAccuracy, 0.0, 1.0);
    }

    [Theory]
    [InlineData(TalkLabel.Business, null, TalkLabel.Business, TalkLabelSource.Model)]
    [InlineData(TalkLabel.Business, TalkLabel.Neutral, TalkLabel.Neutral, TalkLabelSource.Correction)]
    public void Combination_a_correction_wins_else_the_model(TalkLabel model, TalkLabel? correction, TalkLabel expected, TalkLabelSource source)
    {
        var (label, _, actualSource) = TalkCombination.Combine(TalkLabel.Product, 0.9, new TalkPrediction(model, 0.7), correction);
        Assert.Equal((expected, source), (label, actualSource));
        Assert.Equal((TalkLabel.Product, TalkLabelSource.Rules), Pick(TalkCombination.Combine(TalkLabel.Product, 0.9, null, null)));
    }

    private static (TalkLabel, TalkLabelSource) Pick((TalkLabel Label, double Confidence, TalkLabelSource Source) r) => (r.Label, r.Source);

    private static double LogLoss(TalkAnalyzer analyzer, IReadOnlyList<TalkExample> examples) =>
        examples.Average(e => -Math.Log(Math.Max(1e-12, analyzer.Predict(e.Sentence, e.Language)!.Probabilities[TalkLabels.All.ToList().IndexOf(e.Label)])));

    private sealed class PredictionComparer : IEqualityComparer<TalkPrediction?>
    {
        public bool Equals(TalkPrediction? x, TalkPrediction? y) =>
            x is not null && y is not null && x.Label == y.Label && x.Probability == y.Probability && x.Probabilities.SequenceEqual(y.Probabilities);

        public int GetHashCode(TalkPrediction? obj) => obj?.Label.GetHashCode() ?? 0;
    }
}
