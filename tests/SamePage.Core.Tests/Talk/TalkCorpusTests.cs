using SamePage.Core.Talk;
using Xunit.Abstractions;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkCorpusTests
{
    private readonly ITestOutputHelper _output;

    public TalkCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    internal static IReadOnlyList<TalkExample> Corpus => TalkEvaluation.ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Talk", "corpus.tsv"));

    internal static IReadOnlyList<TalkExample> Holdout => TalkEvaluation.ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Talk", "holdout.tsv"));

    internal static IReadOnlyList<TalkExample> Holdout3 => TalkEvaluation.ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Talk", "holdout3.tsv"));

    internal static IReadOnlyList<TalkExample> Holdout2 => TalkEvaluation.ReadCorpus(Path.Combine(AppContext.BaseDirectory, "Talk", "holdout2.tsv"));

    [Fact]
    public void Corpus_has_at_least_400_sentences_in_both_languages_and_all_labels()
    {
        var corpus = Corpus;
        Assert.True(corpus.Count >= 400);
        foreach (var language in new[] { "de", "en" })
        {
            foreach (var label in TalkLabels.All)
            {
                Assert.True(corpus.Count(e => e.Language == language && e.Label == label) >= 40, $"{language} {label}");
            }
        }
    }

    [Fact]
    public void Rules_reach_the_quality_bar_on_the_corpus()
    {
        var analyzer = new TalkAnalyzer();
        var report = TalkEvaluation.Evaluate(Corpus, (s, l) => analyzer.ClassifySentence(s, l).Label);
        _output.WriteLine(report.ToText());
        foreach (var e in Corpus)
        {
            var predicted = analyzer.ClassifySentence(e.Sentence, e.Language);
            if (predicted.Label != e.Label)
            {
                _output.WriteLine($"{e.Label}->{predicted.Label}\t{predicted.Confidence}\t{e.Sentence}\t{string.Join(", ", predicted.Cues.Select(c => $"{c.Text}:{c.Kind}"))}");
            }
        }

        Assert.True(report.BinaryAccuracy >= 0.9, $"binary {report.BinaryAccuracy}");
        foreach (var label in report.Labels)
        {
            Assert.True(label.F1 >= 0.75, $"{label.Label} F1 {label.F1}");
        }
    }

    [Fact]
    public void Rules_generalise_to_the_holdout_written_after_the_lexicons_were_frozen()
    {
        CheckHoldout(Holdout);
    }

    [Fact]
    public void Rules_generalise_to_the_second_holdout_written_after_the_second_freeze()
    {
        CheckHoldout(Holdout2);
    }

    [Fact]
    public void Rules_generalise_to_the_third_holdout_written_after_the_final_freeze()
    {
        CheckHoldout(Holdout3, 70);
    }

    private void CheckHoldout(IReadOnlyList<TalkExample> holdout, int minimumCount = 100)
    {
        Assert.True(holdout.Count >= minimumCount);
        var analyzer = new TalkAnalyzer();
        var report = TalkEvaluation.Evaluate(holdout, (s, l) => analyzer.ClassifySentence(s, l).Label);
        _output.WriteLine(report.ToText());
        foreach (var e in holdout)
        {
            var predicted = analyzer.ClassifySentence(e.Sentence, e.Language);
            if (predicted.Label != e.Label)
            {
                _output.WriteLine($"{e.Label}->{predicted.Label}\t{predicted.Confidence}\t{e.Sentence}\t{string.Join(", ", predicted.Cues.Select(c => $"{c.Text}:{c.Kind}"))}");
            }
        }

        Assert.True(report.BinaryAccuracy >= 0.8, $"binary {report.BinaryAccuracy}");
        Assert.True(report.Accuracy >= 0.65, $"accuracy {report.Accuracy}");
    }
}
