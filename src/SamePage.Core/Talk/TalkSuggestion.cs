namespace SamePage.Core.Talk;

/// <summary>A rewrite pattern for a product sentence, in the message's language, with the drivers it maps to.</summary>
public sealed record TalkSuggestion(int SentenceIndex, IReadOnlyList<string> Drivers, string Text);
