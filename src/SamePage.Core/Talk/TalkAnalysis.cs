using System.Text.Json.Serialization;

namespace SamePage.Core.Talk;

/// <summary>
/// The analysis of one message. Serialises (see <see cref="TalkJson"/>) to exactly the talk JSON:
/// {file, language, label, businessShare, congruence, readability, sentences, suggestions} plus
/// <c>line</c> in per-line mode. Further metrics are in <see cref="Metrics"/> and not serialised.
/// </summary>
public sealed record TalkAnalysis(
    string? File,
    string Language,
    TalkLabel Label,
    double? BusinessShare,
    double? Congruence,
    double? Readability,
    IReadOnlyList<TalkSentence> Sentences,
    IReadOnlyList<TalkSuggestion> Suggestions)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    [JsonIgnore]
    public TalkMetrics Metrics { get; init; } = new(0, 0, 0, 0, new TalkOrientation(0, 0, null), new TalkReadability("flesch", null, 0, 0, 0), []);

    /// <summary>The extracted text the offsets refer to.</summary>
    [JsonIgnore]
    public string Text { get; init; } = string.Empty;
}
