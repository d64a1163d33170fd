using System.Text.Json;
using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkJsonTests
{
    private static readonly TalkAnalyzer _analyzer = new(new TalkVocabulary(
        [new TalkValueTerm("integration", TalkTermKind.Driver, ["integration revenue"], ["Integrationsumsatz"], [])],
        [new TalkFeatureMapping("REST-Schnittstelle", "integration")]));

    private static readonly DriverFigure[] _figures = [new("integration", "integration revenue", "Integrationsumsatz", 9000m, "EUR")];

    [Fact]
    public void Serialises_to_exactly_the_talk_json_shape()
    {
        var analysis = _analyzer.AnalyzeText("Ihre Marge steigt auf 30 %. Version 5 bringt eine neue REST-Schnittstelle.", new TalkAnalysisOptions { File = "mail.txt", Figures = _figures });
        using var json = JsonDocument.Parse(TalkJson.Serialize(analysis));
        var root = json.RootElement;
        Assert.Equal(
            ["file", "language", "label", "businessShare", "congruence", "readability", "sentences", "suggestions"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("mail.txt", root.GetProperty("file").GetString());
        Assert.Equal("de", root.GetProperty("language").GetString());
        Assert.Equal("business", root.GetProperty("label").GetString());
        Assert.Equal(0.5, root.GetProperty("businessShare").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("congruence").ValueKind);
        var sentence = root.GetProperty("sentences")[0];
        Assert.Equal(["index", "text", "start", "end", "label", "confidence", "cues", "drivers"], sentence.EnumerateObject().Select(p => p.Name));
        var cue = sentence.GetProperty("cues").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "partner-money");
        Assert.Equal(["text", "kind", "start", "end"], cue.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Marge", cue.GetProperty("text").GetString());
        var suggestion = root.GetProperty("suggestions")[0];
        Assert.Equal(["sentenceIndex", "drivers", "text"], suggestion.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, suggestion.GetProperty("sentenceIndex").GetInt32());
    }

    [Fact]
    public void Per_line_mode_adds_the_line_number()
    {
        var analysis = new TalkAnalyzer().AnalyzeText("Partners earn more.", new TalkAnalysisOptions { File = "lines.txt", Line = 3 });
        using var json = JsonDocument.Parse(TalkJson.Serialize([analysis]));
        Assert.Equal(3, json.RootElement[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Analyze_lines_numbers_every_non_empty_line()
    {
        var analyses = new TalkAnalyzer().AnalyzeLines("Partners earn 30 % margin.\n\nVersion 5 adds a REST API.\n", new TalkAnalysisOptions { File = "l.txt" });
        Assert.Equal([1, 3], analyses.Select(a => a.Line!.Value));
        Assert.Equal([TalkLabel.Business, TalkLabel.Product], analyses.Select(a => a.Label));
        Assert.All(analyses, a => Assert.Equal("l.txt", a.File));
    }

    [Fact]
    public void Json_round_trips()
    {
        var analysis = _analyzer.AnalyzeText("Ihre Marge steigt auf 30 %. Version 5 bringt eine neue REST-Schnittstelle.", new TalkAnalysisOptions { File = "m.txt", Figures = _figures });
        var back = TalkJson.Deserialize(TalkJson.Serialize(analysis));
        Assert.NotNull(back);
        Assert.Equal(analysis.BusinessShare, back.BusinessShare);
        Assert.Equal(analysis.Sentences.Select(s => (s.Label, s.Start, s.End, s.Cues.Count)), back.Sentences.Select(s => (s.Label, s.Start, s.End, s.Cues.Count)));
        Assert.Equal(analysis.Suggestions[0].Text, back.Suggestions[0].Text);
    }
}
