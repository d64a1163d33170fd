namespace SamePage.Core.Talk;

/// <summary>Readability of a message: Flesch reading ease (en) or Amstad (de), with the counts behind it.</summary>
public sealed record TalkReadability(string Formula, double? Score, int Sentences, int Words, int Syllables);
