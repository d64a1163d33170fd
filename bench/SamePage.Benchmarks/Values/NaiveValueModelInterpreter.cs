using SamePage.Core.Values;

namespace SamePage.Benchmarks.Values;

/// <summary>
/// The baseline the compiled engine is measured against: walks the parsed syntax trees every month and
/// looks names up in a dictionary, as a straightforward interpreter would. Only for benchmarks.
/// </summary>
public sealed class NaiveValueModelInterpreter
{
    private readonly ValueModelDocument _document;
    private readonly List<(ModelDriver Driver, FormulaNode Tree)> _ordered;

    public NaiveValueModelInterpreter(ValueModelDocument document)
    {
        _document = document;
        var trees = document.Drivers.ToDictionary(d => d.Name, d => FormulaParser.Parse(d.Formula));
        _ordered = [];
        var done = new HashSet<string>();
        while (_ordered.Count < document.Drivers.Count)
        {
            foreach (var driver in document.Drivers.Where(d => !done.Contains(d.Name)))
            {
                if (Names(trees[driver.Name]).All(n => done.Contains(n) || !trees.ContainsKey(n)))
                {
                    _ordered.Add((driver, trees[driver.Name]));
                    done.Add(driver.Name);
                }
            }
        }
    }

    /// <summary>Npv at the given input values.</summary>
    public double Npv(IReadOnlyDictionary<string, double> inputs)
    {
        var rate = Math.Pow(1 + _document.DiscountRate, 1.0 / 12) - 1;
        var npv = 0.0;
        for (var month = 1; month <= _document.HorizonMonths; month++)
        {
            var values = new Dictionary<string, double>(inputs) { ["month"] = month };
            var flow = 0.0;
            foreach (var (driver, tree) in _ordered)
            {
                var start = driver.At ?? driver.Start ?? 1;
                var end = driver.At ?? driver.End ?? _document.HorizonMonths;
                var value = 0.0;
                if (month >= start && month <= end)
                {
                    var active = month - start + 1;
                    values["active"] = active;
                    var ramp = driver.RampMonths is > 0 ? Math.Min(1.0, (double)active / driver.RampMonths.Value) : 1.0;
                    value = Evaluate(tree, values) * ramp;
                }

                values[driver.Name] = value;
                flow += driver.Category switch
                {
                    "benefit" => value,
                    "cost" or "investment" => -value,
                    _ => 0,
                };
            }

            npv += flow / Math.Pow(1 + rate, month);
        }

        return npv;
    }

    private static double Evaluate(FormulaNode node, Dictionary<string, double> values) => node switch
    {
        NumberNode n => n.Value,
        NameNode n => values[n.Name],
        UnaryNode { Operator: "-" } u => -Evaluate(u.Operand, values),
        UnaryNode { Operator: "!" } u => Evaluate(u.Operand, values) == 0 ? 1 : 0,
        UnaryNode u => Evaluate(u.Operand, values),
        BinaryNode b => Binary(b, values),
        CallNode c => Call(c, values),
        _ => throw new InvalidOperationException(),
    };

    private static double Binary(BinaryNode b, Dictionary<string, double> values)
    {
        if (b.Operator == "&&")
        {
            return Evaluate(b.Left, values) != 0 && Evaluate(b.Right, values) != 0 ? 1 : 0;
        }

        if (b.Operator == "||")
        {
            return Evaluate(b.Left, values) != 0 || Evaluate(b.Right, values) != 0 ? 1 : 0;
        }

        var l = Evaluate(b.Left, values);
        var r = Evaluate(b.Right, values);
        return b.Operator switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            "^" => Math.Pow(l, r),
            "<" => l < r ? 1 : 0,
            "<=" => l <= r ? 1 : 0,
            ">" => l > r ? 1 : 0,
            ">=" => l >= r ? 1 : 0,
            "==" => l == r ? 1 : 0,
            _ => l != r ? 1 : 0,
        };
    }

    private static double Call(CallNode c, Dictionary<string, double> values)
    {
        if (c.Function == "if")
        {
            return Evaluate(c.Arguments[0], values) != 0 ? Evaluate(c.Arguments[1], values) : Evaluate(c.Arguments[2], values);
        }

        var args = c.Arguments.Select(a => Evaluate(a, values)).ToArray();
        return c.Function switch
        {
            "min" => args.Min(),
            "max" => args.Max(),
            "pow" => Math.Pow(args[0], args[1]),
            "exp" => Math.Exp(args[0]),
            "ln" => Math.Log(args[0]),
            "abs" => Math.Abs(args[0]),
            _ => Math.Round(args[0], args.Length > 1 ? (int)args[1] : 0, MidpointRounding.AwayFromZero),
        };
    }

    private static IEnumerable<string> Names(FormulaNode node) => node switch
    {
        NameNode n => [n.Name],
        UnaryNode u => Names(u.Operand),
        BinaryNode b => Names(b.Left).Concat(Names(b.Right)),
        CallNode c => c.Arguments.SelectMany(Names),
        _ => [],
    };
}
