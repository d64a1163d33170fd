namespace SamePage.Core.Talk;

/// <summary>One lexicon pattern after parsing: its kind and weight.</summary>
internal sealed record TalkLexiconEntry(string Pattern, TalkLexiconKind Kind, double Weight);
