using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkLanguageTests
{
    [Theory]
    [InlineData("Mit der neuen Version sparen Sie Zeit bei jedem Kunden.", "de")]
    [InlineData("With the new version you save time with every customer.", "en")]
    [InlineData("Ihre Partnermarge steigt auf 30 %.", "de")]
    [InlineData("Your margin grows to 30 % on every renewal.", "en")]
    public void Detects_german_and_english(string text, string expected)
    {
        Assert.Equal(expected, TalkLanguageDetector.Detect(text));
    }

    [Fact]
    public void Mixed_message_gets_a_document_language_and_per_sentence_languages()
    {
        var text = "Liebe Partner, die neue Version ist da und wir freuen uns auf Ihr Feedback. Die Marge steigt für alle Partner. This update is also available for our partners in the UK and the US.";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal("de", analysis.Language);
        Assert.Equal("de", analysis.Sentences[0].Language);
        Assert.Equal("en", analysis.Sentences[^1].Language);
    }
}
