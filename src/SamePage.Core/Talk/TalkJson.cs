using System.Text.Json;

namespace SamePage.Core.Talk;

/// <summary>JSON of analyses as the CLI and API emit it: camelCase, labels and cue kinds as lower-case words.</summary>
public static class TalkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
    };

    public static string Serialize(TalkAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static string Serialize(IEnumerable<TalkAnalysis> analyses) => JsonSerializer.Serialize(analyses, Options);

    public static TalkAnalysis? Deserialize(string json) => JsonSerializer.Deserialize<TalkAnalysis>(json, Options);
}
