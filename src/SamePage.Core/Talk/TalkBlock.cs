namespace SamePage.Core.Talk;

/// <summary>A block of the extracted text: [Start, End) character offsets into <see cref="TalkDocument.Text"/>.</summary>
public sealed record TalkBlock(TalkBlockKind Kind, int Start, int End);
