namespace SamePage.Core.Talk;

/// <summary>Whether a value-model term is a value driver or an input (assumption).</summary>
public enum TalkTermKind
{
    Driver,
    Input,
}
