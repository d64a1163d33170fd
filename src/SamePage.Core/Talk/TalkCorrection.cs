namespace SamePage.Core.Talk;

/// <summary>A channel manager's correction of one sentence's label; it overrides the analyzer for that sentence and trains the model.</summary>
public sealed record TalkCorrection(string Sentence, string Language, TalkLabel Label);
