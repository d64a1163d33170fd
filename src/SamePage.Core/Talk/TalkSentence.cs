using System.Text.Json.Serialization;

namespace SamePage.Core.Talk;

/// <summary>One analysed unit (sentence, heading or bullet) with its label, cues and linked value-model terms.</summary>
public sealed record TalkSentence(
    int Index,
    string Text,
    int Start,
    int End,
    TalkLabel Label,
    double Confidence,
    IReadOnlyList<TalkCue> Cues,
    IReadOnlyList<string> Drivers)
{
    [JsonIgnore]
    public string Language { get; init; } = TalkLanguageDetector.English;

    [JsonIgnore]
    public TalkBlockKind Kind { get; init; }

    [JsonIgnore]
    public bool IsFooter { get; init; }

    [JsonIgnore]
    public TalkLabelSource Source { get; init; }
}
