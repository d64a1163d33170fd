namespace SamePage.Core.Talk;

/// <summary>A unit of analysis: one sentence, heading or bullet, [Start, End) in the extracted text.</summary>
public sealed record TalkSpan(int Start, int End, TalkBlockKind Kind);
