using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SamePage.Core.Talk;

/// <summary>JSON of analyses as the CLI and API emit it: camelCase, labels and cue kinds as lower-case words.</summary>
public static class TalkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(TalkAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static string Serialize(IEnumerable<TalkAnalysis> analyses) => JsonSerializer.Serialize(analyses, Options);

    public static TalkAnalysis? Deserialize(string json) => JsonSerializer.Deserialize<TalkAnalysis>(json, Options);
}
