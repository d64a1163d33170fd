namespace SamePage.Core.Values;

/// <summary>Turns a bound formula tree into a flat postfix program; if/&amp;&amp;/|| short-circuit through jumps.</summary>
internal sealed class FormulaCodeGenerator
{
    private readonly Func<string, int> _slotOf;
    private readonly List<FormulaInstruction> _code = [];

    private FormulaCodeGenerator(Func<string, int> slotOf)
    {
        _slotOf = slotOf;
    }

    /// <summary>Generates code; all names and functions must already be known to be valid.</summary>
    public static FormulaInstruction[] Generate(FormulaNode node, Func<string, int> slotOf)
    {
        var generator = new FormulaCodeGenerator(slotOf);
        generator.Emit(node);
        return [.. generator._code];
    }

    private void Emit(FormulaNode node)
    {
        switch (node)
        {
            case NumberNode number:
                Add(FormulaOpCode.Const, 0, number.Value);
                break;
            case NameNode name:
                Add(FormulaOpCode.Load, _slotOf(name.Name));
                break;
            case UnaryNode unary:
                Emit(unary.Operand);
                if (unary.Operator == "-")
                {
                    Add(FormulaOpCode.Neg);
                }
                else if (unary.Operator == "!")
                {
                    Add(FormulaOpCode.Not);
                }

                break;
            case BinaryNode { Operator: "&&" } and:
                EmitShortCircuit(and, FormulaOpCode.JumpIfFalse, 0);
                break;
            case BinaryNode { Operator: "||" } or:
                EmitShortCircuit(or, FormulaOpCode.JumpIfTrue, 1);
                break;
            case BinaryNode binary:
                Emit(binary.Left);
                Emit(binary.Right);
                Add(BinaryOp(binary.Operator));
                break;
            case CallNode call:
                EmitCall(call);
                break;
            default:
                throw new InvalidOperationException($"Unknown node {node.GetType().Name}.");
        }
    }

    private void EmitShortCircuit(BinaryNode node, FormulaOpCode jump, double shortValue)
    {
        Emit(node.Left);
        var jumpToShort = Add(jump);
        Emit(node.Right);
        Add(FormulaOpCode.ToBool);
        var jumpToEnd = Add(FormulaOpCode.Jump);
        Patch(jumpToShort);
        Add(FormulaOpCode.Const, 0, shortValue);
        Patch(jumpToEnd);
    }

    private void EmitCall(CallNode call)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case "if":
                Emit(args[0]);
                var jumpToElse = Add(FormulaOpCode.JumpIfFalse);
                Emit(args[1]);
                var jumpToEnd = Add(FormulaOpCode.Jump);
                Patch(jumpToElse);
                Emit(args[2]);
                Patch(jumpToEnd);
                break;
            case "min":
            case "max":
                Emit(args[0]);
                for (var i = 1; i < args.Count; i++)
                {
                    Emit(args[i]);
                    Add(call.Function == "min" ? FormulaOpCode.Min : FormulaOpCode.Max);
                }

                break;
            case "round":
                Emit(args[0]);
                if (args.Count > 1)
                {
                    Emit(args[1]);
                }
                else
                {
                    Add(FormulaOpCode.Const, 0, 0);
                }

                Add(FormulaOpCode.Round);
                break;
            default:
                foreach (var arg in args)
                {
                    Emit(arg);
                }

                Add(call.Function switch
                {
                    "pow" => FormulaOpCode.Pow,
                    "exp" => FormulaOpCode.Exp,
                    "ln" => FormulaOpCode.Ln,
                    "abs" => FormulaOpCode.Abs,
                    _ => throw new InvalidOperationException($"Unknown function {call.Function}."),
                });
                break;
        }
    }

    private static FormulaOpCode BinaryOp(string op) => op switch
    {
        "+" => FormulaOpCode.Add,
        "-" => FormulaOpCode.Sub,
        "*" => FormulaOpCode.Mul,
        "/" => FormulaOpCode.Div,
        "^" => FormulaOpCode.Pow,
        "<" => FormulaOpCode.Lt,
        "<=" => FormulaOpCode.Le,
        ">" => FormulaOpCode.Gt,
        ">=" => FormulaOpCode.Ge,
        "==" => FormulaOpCode.Eq,
        "!=" => FormulaOpCode.Ne,
        _ => throw new InvalidOperationException($"Unknown operator {op}."),
    };

    private int Add(FormulaOpCode op, int arg = 0, double value = 0)
    {
        _code.Add(new FormulaInstruction(op, arg, value));
        return _code.Count - 1;
    }

    private void Patch(int jumpIndex) => _code[jumpIndex] = _code[jumpIndex] with { Arg = _code.Count };
}
