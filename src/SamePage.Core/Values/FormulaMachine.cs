namespace SamePage.Core.Values;

/// <summary>Runs compiled formulas: a tight loop over a postfix program, no allocation.</summary>
internal static class FormulaMachine
{
    public static double Execute(FormulaInstruction[] code, double[] slots, double[] stack)
    {
        var sp = -1;
        var pc = 0;
        while (pc < code.Length)
        {
            var ins = code[pc++];
            switch (ins.Op)
            {
                case FormulaOpCode.Const:
                    stack[++sp] = ins.Value;
                    break;
                case FormulaOpCode.Load:
                    stack[++sp] = slots[ins.Arg];
                    break;
                case FormulaOpCode.Neg:
                    stack[sp] = -stack[sp];
                    break;
                case FormulaOpCode.Not:
                    stack[sp] = stack[sp] == 0 ? 1 : 0;
                    break;
                case FormulaOpCode.ToBool:
                    stack[sp] = stack[sp] != 0 ? 1 : 0;
                    break;
                case FormulaOpCode.Add:
                    sp--;
                    stack[sp] += stack[sp + 1];
                    break;
                case FormulaOpCode.Sub:
                    sp--;
                    stack[sp] -= stack[sp + 1];
                    break;
                case FormulaOpCode.Mul:
                    sp--;
                    stack[sp] *= stack[sp + 1];
                    break;
                case FormulaOpCode.Div:
                    sp--;
                    if (stack[sp + 1] == 0)
                    {
                        throw new DivideByZeroException();
                    }

                    stack[sp] /= stack[sp + 1];
                    break;
                case FormulaOpCode.Pow:
                    sp--;
                    stack[sp] = Math.Pow(stack[sp], stack[sp + 1]);
                    break;
                case FormulaOpCode.Lt:
                    sp--;
                    stack[sp] = stack[sp] < stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Le:
                    sp--;
                    stack[sp] = stack[sp] <= stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Gt:
                    sp--;
                    stack[sp] = stack[sp] > stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Ge:
                    sp--;
                    stack[sp] = stack[sp] >= stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Eq:
                    sp--;
                    stack[sp] = stack[sp] == stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Ne:
                    sp--;
                    stack[sp] = stack[sp] != stack[sp + 1] ? 1 : 0;
                    break;
                case FormulaOpCode.Min:
                    sp--;
                    stack[sp] = Math.Min(stack[sp], stack[sp + 1]);
                    break;
                case FormulaOpCode.Max:
                    sp--;
                    stack[sp] = Math.Max(stack[sp], stack[sp + 1]);
                    break;
                case FormulaOpCode.Exp:
                    stack[sp] = Math.Exp(stack[sp]);
                    break;
                case FormulaOpCode.Ln:
                    stack[sp] = Math.Log(stack[sp]);
                    break;
                case FormulaOpCode.Abs:
                    stack[sp] = Math.Abs(stack[sp]);
                    break;
                case FormulaOpCode.Round:
                    sp--;
                    stack[sp] = RoundTo(stack[sp], stack[sp + 1]);
                    break;
                case FormulaOpCode.Jump:
                    pc = ins.Arg;
                    break;
                case FormulaOpCode.JumpIfFalse:
                    if (stack[sp--] == 0)
                    {
                        pc = ins.Arg;
                    }

                    break;
                case FormulaOpCode.JumpIfTrue:
                    if (stack[sp--] != 0)
                    {
                        pc = ins.Arg;
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown instruction {ins.Op}.");
            }
        }

        return stack[0];
    }

    /// <summary>Rounds half away from zero to a number of decimal digits (negative digits round to tens, hundreds, ...).</summary>
    public static double RoundTo(double value, double digits)
    {
        var d = (int)Math.Round(digits, MidpointRounding.AwayFromZero);
        if (d is >= 0 and <= 15)
        {
            return Math.Round(value, d, MidpointRounding.AwayFromZero);
        }

        var factor = Math.Pow(10, d);
        return Math.Round(value * factor, MidpointRounding.AwayFromZero) / factor;
    }
}
