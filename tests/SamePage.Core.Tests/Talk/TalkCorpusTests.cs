using SamePage.Core.Talk;
using Xunit.Abstractions;

namespace SamePage.Core.Tests.Talk;

/// <summary>The project corpus and the shipped classifier measured on its held-out part (never trained on).</summary>
public sealed class TalkCorpusTests
{
    private static readonly Lazy<TalkEvaluationReport> HeldOutReport = new(() =>
        TalkEvaluation.Evaluate([.. TalkCorpus.Embedded.Where(e => e.IsHeldOut)], new TalkAnalyzer()));

    private readonly ITestOutputHelper _output;

    public TalkCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Corpus_has_3000_sentences_about_half_german_with_every_label_kind_and_both_splits()
    {
        var corpus = TalkCorpus.Embedded;
        Assert.True(corpus.Count >= 3000, $"{corpus.Count} sentences");
        var german = corpus.Count(e => e.Language == "de") / (double)corpus.Count;
        Assert.InRange(german, 0.45, 0.55);
        var kinds = corpus.Select(e => e.Kind).Distinct().ToList();
        Assert.True(kinds.Count >= 10, string.Join(", ", kinds));
        foreach (var kind in kinds)
        {
            var ofKind = corpus.Where(e => e.Kind == kind).ToList();
            var heldOut = ofKind.Count(e => e.IsHeldOut) / (double)ofKind.Count;
            Assert.InRange(heldOut, 0.2, 0.3);
            Assert.All(new[] { "de", "en" }, language => Assert.Contains(ofKind, e => e.Language == language && e.IsHeldOut));
        }

        foreach (var language in new[] { "de", "en" })
        {
            foreach (var label in TalkLabels.All)
            {
                Assert.True(corpus.Count(e => e.Language == language && e.Label == label && e.IsHeldOut) >= 50, $"{language} {label}");
            }
        }

        Assert.All(corpus, e => Assert.False(string.IsNullOrWhiteSpace(e.Style), e.Sentence));
    }

    [Fact]
    public void No_sentence_is_in_both_parts()
    {
        var train = TalkCorpus.Embedded.Where(e => !e.IsHeldOut).Select(e => TalkCombination.NormalizeSentence(e.Sentence)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(TalkCorpus.Embedded.Where(e => e.IsHeldOut), e => train.Contains(TalkCombination.NormalizeSentence(e.Sentence)));
    }

    [Fact]
    public void Shipped_model_was_trained_on_the_training_part_of_this_corpus_with_these_lexicons()
    {
        var info = TalkClassifier.Shipped.Info;
        Assert.Equal(TalkLexicon.Default.Fingerprint, info.LexiconFingerprint);
        var train = TalkCorpus.Embedded.Where(e => !e.IsHeldOut).ToList();
        Assert.Equal(TalkClassifierTrainer.Fingerprint(train), info.CorpusFingerprint);
        Assert.Equal(train.Count, info.Sentences);
        Assert.Equal(TalkCorpus.Embedded.Count(e => e.IsHeldOut), info.HeldOutSentences);
    }

    [Fact]
    public void Held_out_business_vs_product_accuracy_is_at_least_0_90_in_each_language()
    {
        var report = HeldOutReport.Value;
        _output.WriteLine(report.ToText());
        foreach (var (language, part) in report.ByLanguage!)
        {
            Assert.True(part.BinaryAccuracy >= 0.90, $"{language}: binary {part.BinaryAccuracy:F3}");
        }
    }

    [Fact]
    public void Held_out_every_label_has_f1_of_at_least_0_75_and_bridged_precision_at_least_0_7()
    {
        var report = HeldOutReport.Value;
        Assert.All(report.Labels, l => Assert.True(l.F1 >= 0.75, $"{l.Label} F1 {l.F1:F3}"));
        Assert.True(report.For(TalkLabel.Bridged).Precision >= 0.7, $"bridged precision {report.For(TalkLabel.Bridged).Precision:F3}");
        Assert.Equal(TalkCorpus.Embedded.Count(e => e.IsHeldOut), report.Count);
    }

    [Fact]
    public void Held_out_confidence_is_calibrated_and_unsure_sentences_are_the_weak_ones()
    {
        var report = HeldOutReport.Value;
        var reliability = report.Reliability!;
        Assert.True(reliability.ExpectedCalibrationError <= 0.08, $"ECE {reliability.ExpectedCalibrationError:F3}");
        Assert.Equal(report.Count, reliability.Bins.Sum(b => b.Count));
        // The top bin must be right more often than the bottom ones: confidence separates right from wrong.
        var top = reliability.Bins[^1];
        var low = reliability.Bins.Where(b => b.To <= TalkClassifier.UnsureBelow + 1e-9 && b.Count > 0).ToList();
        Assert.True(top.Accuracy >= 0.9, $"top bin accuracy {top.Accuracy:F3}");
        Assert.True(low.Sum(b => b.Accuracy * b.Count) / Math.Max(1, low.Sum(b => b.Count)) < top.Accuracy);
        Assert.True(report.SureAccuracy > report.Accuracy, $"sure {report.SureAccuracy:F3} vs all {report.Accuracy:F3}");
    }
}
