namespace SamePage.Core.Talk;

/// <summary>Evidence for a label: the matched text, its kind and [Start, End) offsets into the extracted text.</summary>
public sealed record TalkCue(string Text, TalkCueKind Kind, int Start, int End);
