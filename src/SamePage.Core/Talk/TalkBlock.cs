namespace SamePage.Core.Talk;

/// <summary>The structural kind of a block of extracted text.</summary>
public enum TalkBlockKind
{
    Paragraph,
    Heading,
    Bullet,
}

/// <summary>A block of the extracted text: [Start, End) character offsets into <see cref="TalkDocument.Text"/>.</summary>
public sealed record TalkBlock(TalkBlockKind Kind, int Start, int End);

/// <summary>Plain text of a communication with its paragraph, heading and bullet structure.</summary>
public sealed record TalkDocument(string Text, IReadOnlyList<TalkBlock> Blocks, string Format);
