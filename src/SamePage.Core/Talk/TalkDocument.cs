namespace SamePage.Core.Talk;

/// <summary>Plain text of a communication with its paragraph, heading and bullet structure.</summary>
public sealed record TalkDocument(string Text, IReadOnlyList<TalkBlock> Blocks, string Format);
