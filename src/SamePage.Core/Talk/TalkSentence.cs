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
    /// <summary>The classifier's calibrated probability is below <see cref="TalkClassifier.UnsureBelow"/>: show the label as a guess.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unsure { get; init; }

    [JsonIgnore]
    public string Language { get; init; } = TalkLanguageDetector.English;

    [JsonIgnore]
    public TalkBlockKind Kind { get; init; }

    [JsonIgnore]
    public bool IsFooter { get; init; }

    [JsonIgnore]
    public TalkLabelSource Source { get; init; }
}
