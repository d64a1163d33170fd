namespace SamePage.Core.Talk;

/// <summary>A labelled sentence of a corpus.</summary>
public sealed record TalkExample(TalkLabel Label, string Language, string Sentence);
