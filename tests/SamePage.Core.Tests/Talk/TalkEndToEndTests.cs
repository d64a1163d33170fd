using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkEndToEndTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Talk", "Samples", name);

    [Fact]
    public void Html_newsletter_keeps_content_and_neutralises_chrome_and_footer()
    {
        var analysis = new TalkAnalyzer().Analyze(TalkDocumentReader.Read(Sample("newsletter.html")), new TalkAnalysisOptions { File = "newsletter.html" });
        Assert.Equal("en", analysis.Language);
        Assert.DoesNotContain(analysis.Sentences, s => s.Text.Contains("track()", StringComparison.Ordinal));

        TalkSentence Find(string start) => analysis.Sentences.First(s => s.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Equal(TalkBlockKind.Heading, Find("What's new").Kind);
        Assert.Equal(TalkBlockKind.Bullet, Find("Immutable backups on any").Kind);
        Assert.Equal(TalkLabel.Product, Find("The new release brings").Label);
        Assert.Equal(TalkLabel.Bridged, Find("Immutable backups let you offer").Label);
        Assert.True(Find("View in browser").IsFooter);
        Assert.True(Find("Best regards").IsFooter);
        Assert.True(Find("Acme Software GmbH").IsFooter);
        Assert.True(Find("Unsubscribe").IsFooter);
        Assert.All(analysis.Sentences.Where(s => s.IsFooter), s => Assert.Equal(TalkLabel.Neutral, s.Label));

        // Product talk dominates this launch mail; the gate at 0.6 blocks it.
        Assert.Equal(TalkLabel.Product, analysis.Label);
        Assert.False(TalkGate.Passes(analysis, 0.6));
    }

    [Fact]
    public void Markdown_release_notes_in_german()
    {
        var analysis = new TalkAnalyzer().Analyze(TalkDocumentReader.Read(Sample("release.md")));
        Assert.Equal("de", analysis.Language);
        TalkSentence Find(string start) => analysis.Sentences.First(s => s.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Equal(TalkLabel.Product, Find("Schnittstellenanbindung an DATEV").Label);
        Assert.Equal(TalkBlockKind.Bullet, Find("Schnittstellenanbindung an DATEV").Kind);
        Assert.Equal(TalkLabel.Bridged, Find("Mit dem Mandanten-Dashboard erkennen Sie").Label);
        Assert.Equal(TalkLabel.Neutral, Find("Ihr Partner-Team erreichen Sie").Label);
        Assert.Empty(analysis.Suggestions); // no value model: nothing to fill a rewrite with
    }
}
