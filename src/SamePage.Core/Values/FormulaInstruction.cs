namespace SamePage.Core.Values;

internal enum FormulaOpCode : byte
{
    Const,
    Load,
    Neg,
    Not,
    ToBool,
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    Min,
    Max,
    Exp,
    Ln,
    Abs,
    Round,
    Jump,
    JumpIfFalse,
    JumpIfTrue,
}

/// <summary>One step of a compiled formula: a flat postfix program over a slot array (Arg = slot or jump target).</summary>
internal readonly record struct FormulaInstruction(FormulaOpCode Op, int Arg, double Value);
