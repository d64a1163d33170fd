using System.Text.Json.Serialization;

namespace SamePage.Core.Talk;

/// <summary>Where a sentence's label came from.</summary>
public enum TalkLabelSource
{
    Rules,
    Model,
    Correction,
}

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

/// <summary>A rewrite pattern for a product sentence, in the message's language, with the drivers it maps to.</summary>
public sealed record TalkSuggestion(int SentenceIndex, IReadOnlyList<string> Drivers, string Text);
