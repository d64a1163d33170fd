namespace SamePage.Core.Talk;

/// <summary>Where a sentence's label came from.</summary>
public enum TalkLabelSource
{
    Rules,
    Model,
    Correction,
}
