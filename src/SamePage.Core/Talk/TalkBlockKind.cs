namespace SamePage.Core.Talk;

/// <summary>The structural kind of a block of extracted text.</summary>
public enum TalkBlockKind
{
    Paragraph,
    Heading,
    Bullet,
}
