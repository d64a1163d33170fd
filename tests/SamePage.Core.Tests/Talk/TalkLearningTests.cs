using System.Diagnostics;
using SamePage.Core.Talk;
using Xunit.Abstractions;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkLearningTests
{
    private readonly ITestOutputHelper _output;

    public TalkLearningTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Cross_validated_accuracy_of_rules_plus_model_is_reported_and_fast()
    {
        var watch = Stopwatch.StartNew();
        var report = TalkCrossValidation.Run(TalkCorpusTests.Corpus, folds: 5);
        watch.Stop();
        _output.WriteLine($"5-fold: combined {report.CombinedAccuracy:F3} (folds {string.Join(", ", report.FoldAccuracies.Select(a => a.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}), rules {report.RulesAccuracy:F3}, model {report.ModelAccuracy:F3}, {watch.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine(report.Combined.ToText());
        Assert.Equal(5, report.FoldAccuracies.Count);
        Assert.Equal(TalkCorpusTests.Corpus.Count, report.Combined.Count);
        Assert.True(report.CombinedAccuracy >= 0.9, $"combined {report.CombinedAccuracy}");
        Assert.True(report.ModelAccuracy >= 0.6, $"model {report.ModelAccuracy}");
        Assert.True(watch.Elapsed.TotalSeconds < 30, $"{watch.Elapsed.TotalSeconds} s");
    }

    [Fact]
    public void Model_trained_on_the_corpus_combined_with_rules_on_the_holdout()
    {
        var watch = Stopwatch.StartNew();
        var model = TalkModelTrainer.Train(TalkCorpusTests.Corpus);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var combined = new TalkAnalyzer(null, model);
        var report = TalkEvaluation.Evaluate(TalkCorpusTests.Holdout, (s, l) => combined.ClassifySentence(s, l).Label);
        var modelOnly = TalkEvaluation.Evaluate(TalkCorpusTests.Holdout, (s, l) => model.Predict(s, l).Label);
        var report2 = TalkEvaluation.Evaluate(TalkCorpusTests.Holdout2, (s, l) => combined.ClassifySentence(s, l).Label);
        var modelOnly2 = TalkEvaluation.Evaluate(TalkCorpusTests.Holdout2, (s, l) => model.Predict(s, l).Label);
        _output.WriteLine($"training {trainSeconds:F1} s; holdout combined accuracy {report.Accuracy:F3}, binary {report.BinaryAccuracy:F3}; model only {modelOnly.Accuracy:F3}");
        _output.WriteLine($"holdout2 combined accuracy {report2.Accuracy:F3}, binary {report2.BinaryAccuracy:F3}; model only {modelOnly2.Accuracy:F3}");
        Assert.True(report2.BinaryAccuracy >= 0.8, $"binary {report2.BinaryAccuracy}");
        var report3 = TalkEvaluation.Evaluate(TalkCorpusTests.Holdout3, (s, l) => combined.ClassifySentence(s, l).Label);
        _output.WriteLine($"holdout3 combined accuracy {report3.Accuracy:F3}, binary {report3.BinaryAccuracy:F3}");
        Assert.True(trainSeconds < 10, $"{trainSeconds} s");
        Assert.True(report.BinaryAccuracy >= 0.8, $"binary {report.BinaryAccuracy}");
    }

    [Fact]
    public void A_correction_overrides_the_label_of_that_sentence()
    {
        const string sentence = "Our new channel chief introduces herself in a short video.";
        var corrections = new[] { new TalkCorrection(sentence, "en", TalkLabel.Neutral) };
        var analyzer = new TalkAnalyzer(corrections: corrections);
        var result = analyzer.ClassifySentence("  our new channel chief introduces herself in a short video ");
        Assert.Equal(TalkLabel.Neutral, result.Label);
        Assert.Equal(TalkLabelSource.Correction, result.Source);
        var analysis = analyzer.AnalyzeText("Partners earn 30 % margin. " + sentence);
        Assert.Equal(TalkLabel.Neutral, analysis.Sentences[1].Label);
        Assert.Equal(TalkLabelSource.Correction, analysis.Sentences[1].Source);
    }

    [Fact]
    public void Corrections_train_the_model_and_it_survives_save_and_load()
    {
        var corrections = Enumerable.Range(0, 6)
            .Select(i => new TalkCorrection($"Quarterly roadshow stop number {i} is in Hamburg.", "en", TalkLabel.Neutral))
            .ToList();
        var model = TalkModelTrainer.Train(TalkCorpusTests.Corpus, corrections);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = TalkTextModel.Load(buffer);
        var before = model.Predict("Partners earn 30 % margin on every renewal.", "en");
        var after = loaded.Predict("Partners earn 30 % margin on every renewal.", "en");
        Assert.Equal(before, after);
        Assert.Equal(TalkLabel.Neutral, loaded.Predict("Quarterly roadshow stop number 9 is in Hamburg.", "en").Label);
    }

    [Theory]
    [InlineData(TalkLabel.Product, 0.9, TalkLabel.Business, 0.95, TalkLabel.Product, TalkLabelSource.Rules)]
    [InlineData(TalkLabel.Product, 0.55, TalkLabel.Business, 0.8, TalkLabel.Business, TalkLabelSource.Model)]
    [InlineData(TalkLabel.Product, 0.55, TalkLabel.Business, 0.5, TalkLabel.Product, TalkLabelSource.Rules)]
    public void Combination_rules_decide_when_confident_else_a_more_confident_model(
        TalkLabel rule, double ruleConfidence, TalkLabel modelLabel, double modelProbability, TalkLabel expected, TalkLabelSource source)
    {
        var (label, _, actualSource) = TalkCombination.Combine(rule, ruleConfidence, new TalkPrediction(modelLabel, modelProbability), null);
        Assert.Equal((expected, source), (label, actualSource));
    }
}
