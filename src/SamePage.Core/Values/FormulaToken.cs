namespace SamePage.Core.Values;

internal enum FormulaTokenKind
{
    Number,
    Name,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}

/// <summary>A lexical token; Position is 1-based.</summary>
internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, double Number, int Position);
