namespace SamePage.Core.Values;

/// <summary>
/// Infers the unit of a formula and reports mismatches as warnings: * and / combine units,
/// + - min max if and comparisons need equal units, exp/ln want dimensionless arguments.
/// A mismatch makes the result unknown so one mistake is reported once.
/// </summary>
internal sealed class UnitInference
{
    private readonly Func<string, UnitDimension> _unitOf;
    private readonly List<string> _problems = [];

    private UnitInference(Func<string, UnitDimension> unitOf)
    {
        _unitOf = unitOf;
    }

    public static (UnitDimension Unit, IReadOnlyList<string> Problems) Infer(FormulaNode node, Func<string, UnitDimension> unitOf)
    {
        var inference = new UnitInference(unitOf);
        var unit = inference.Visit(node);
        return (unit, inference._problems);
    }

    private UnitDimension Visit(FormulaNode node)
    {
        switch (node)
        {
            case NumberNode:
                return UnitDimension.Free;
            case NameNode name:
                return _unitOf(name.Name);
            case UnaryNode unary:
                var operand = Visit(unary.Operand);
                return unary.Operator == "!" ? UnitDimension.Dimensionless : operand;
            case BinaryNode binary:
                return VisitBinary(binary);
            case CallNode call:
                return VisitCall(call);
            default:
                return UnitDimension.Unknown;
        }
    }

    private UnitDimension VisitBinary(BinaryNode node)
    {
        var left = Visit(node.Left);
        if (node.Operator == "^")
        {
            return PowerOf(left, node.Right, node.Position);
        }

        var right = Visit(node.Right);
        switch (node.Operator)
        {
            case "*":
                return left.Times(right, 1);
            case "/":
                return left.Times(right, -1);
            case "+":
                return Same(left, right, "add", node.Position);
            case "-":
                return Same(left, right, "subtract", node.Position);
            case "&&":
            case "||":
                return UnitDimension.Dimensionless;
            default:
                Same(left, right, "compare", node.Position);
                return UnitDimension.Dimensionless;
        }
    }

    private UnitDimension VisitCall(CallNode call)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case "if":
                Visit(args[0]);
                return Same(Visit(args[1]), Visit(args[2]), "choose between", call.Position);
            case "min":
            case "max":
                var unit = Visit(args[0]);
                for (var i = 1; i < args.Count; i++)
                {
                    unit = Same(unit, Visit(args[i]), $"take {call.Function} of", call.Position);
                }

                return unit;
            case "pow":
                return PowerOf(Visit(args[0]), args[1], call.Position);
            case "exp":
            case "ln":
                var argument = Visit(args[0]);
                if (argument.IsKnown && !argument.IsDimensionless)
                {
                    _problems.Add($"{call.Function}() of {argument} at position {call.Position}: the argument should be dimensionless");
                }

                return UnitDimension.Dimensionless;
            case "round":
                if (args.Count > 1)
                {
                    Visit(args[1]);
                }

                return Visit(args[0]);
            default:
                return Visit(args[0]);
        }
    }

    private UnitDimension PowerOf(UnitDimension basis, FormulaNode exponentNode, int position)
    {
        var exponent = Visit(exponentNode);
        if (exponent.IsKnown && !exponent.IsDimensionless)
        {
            _problems.Add($"power with exponent in {exponent} at position {position}: the exponent should be dimensionless");
        }

        if (!basis.IsKnown || basis.IsDimensionless)
        {
            return basis;
        }

        var literal = exponentNode switch
        {
            NumberNode n => n.Value,
            UnaryNode { Operator: "-", Operand: NumberNode n } => -n.Value,
            _ => double.NaN,
        };
        return double.IsInteger(literal) ? basis.Power((int)literal) : UnitDimension.Unknown;
    }

    private UnitDimension Same(UnitDimension left, UnitDimension right, string verb, int position)
    {
        if (left.Knowledge == UnitKnowledge.Unknown || right.Knowledge == UnitKnowledge.Unknown)
        {
            return UnitDimension.Unknown;
        }

        if (left.Knowledge == UnitKnowledge.Free)
        {
            return right;
        }

        if (right.Knowledge == UnitKnowledge.Free || left == right)
        {
            return left;
        }

        _problems.Add($"cannot {verb} {left} and {right} at position {position}");
        return UnitDimension.Unknown;
    }
}
