using System.Text;
using SamePage.Core.Actuals;
using SamePage.Core.Values;

namespace SamePage.Core.Mapping;

/// <summary>
/// A formula of SamePage's formula language over the columns of a source file, such as <c>1 - EffectiveUnitPrice / UnitPrice</c>
/// or <c>[Stückpreis] * Menge</c>: a bare name matches a header with spaces, '_', '-' and '.' ignored; any header can be
/// written in brackets, and <c>[Unit Price|Stückpreis]</c> takes the first of several that the file has. Compiled once into a tree of closures over decimals, so money keeps its cents.
/// </summary>
public sealed class SourceFormula
{
    private readonly Func<decimal[], decimal> _evaluate;

    private SourceFormula(string text, IReadOnlyList<int> columns, Func<decimal[], decimal> evaluate)
    {
        Text = text;
        Columns = columns;
        _evaluate = evaluate;
    }

    public string Text { get; }

    /// <summary>The source columns the formula reads, in the order <see cref="Evaluate"/> takes their values.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>Compiles a formula against a file's headers; errors name the position or the unknown column.</summary>
    public static SourceFormula Compile(string text, IReadOnlyList<string> headers)
    {
        var bracketed = new List<string>();
        var rewritten = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '[')
            {
                rewritten.Append(text[i]);
                continue;
            }

            var end = text.IndexOf(']', i + 1);
            if (end < 0)
            {
                throw new ImportMappingException($"'[' at character {i + 1} is not closed by ']'");
            }

            rewritten.Append("__c").Append(bracketed.Count);
            bracketed.Add(text[(i + 1)..end]);
            i = end;
        }

        FormulaNode tree;
        try
        {
            tree = FormulaParser.Parse(rewritten.ToString());
        }
        catch (FormulaSyntaxException e)
        {
            throw new ImportMappingException($"{e.Message} (formula '{text}')");
        }

        var columns = new List<int>();
        int Slot(string name)
        {
            var header = name.StartsWith("__c", StringComparison.Ordinal) && int.TryParse(name.AsSpan(3), out var b) ? bracketed[b] : name;

            // [Unit Price|List Price|Stückpreis]: alternatives, the first the file has.
            var index = header.Split('|').Select(h => FindHeader(headers, h)).FirstOrDefault(i => i >= 0, -1);
            if (index < 0)
            {
                throw new ImportMappingException($"formula '{text}' reads '{header}', which is not a column of the file");
            }

            var slot = columns.IndexOf(index);
            if (slot < 0)
            {
                columns.Add(index);
                slot = columns.Count - 1;
            }

            return slot;
        }

        var evaluate = Build(tree, Slot, text);
        return new SourceFormula(text, columns, evaluate);
    }

    /// <summary>Evaluates with the values of <see cref="Columns"/>; division by zero and overflow throw <see cref="ArithmeticException"/>.</summary>
    public decimal Evaluate(decimal[] values) => _evaluate(values);

    /// <summary>The header a name stands for: exact, else equal once spaces, '_', '-', '.' and case are ignored; -1 if none.</summary>
    public static int FindHeader(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Trim() == name.Trim())
            {
                return i;
            }
        }

        var key = ImportColumn.NormalizeHeader(name);
        for (var i = 0; i < headers.Count; i++)
        {
            if (ImportColumn.NormalizeHeader(headers[i]) == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static Func<decimal[], decimal> Build(FormulaNode node, Func<string, int> slot, string text) => node switch
    {
        NumberNode n => Constant((decimal)n.Value),
        NameNode name => Read(slot(name.Name)),
        UnaryNode u => Unary(u.Operator, Build(u.Operand, slot, text)),
        BinaryNode b => Binary(b.Operator, Build(b.Left, slot, text), Build(b.Right, slot, text)),
        CallNode call => Call(call, [.. call.Arguments.Select(a => Build(a, slot, text))], text),
        _ => throw new ImportMappingException($"formula '{text}' has an expression the mapping cannot evaluate"),
    };

    private static Func<decimal[], decimal> Constant(decimal value) => _ => value;

    private static Func<decimal[], decimal> Read(int slot) => v => v[slot];

    private static Func<decimal[], decimal> Unary(string op, Func<decimal[], decimal> operand) => op switch
    {
        "-" => v => -operand(v),
        "!" => v => operand(v) == 0 ? 1 : 0,
        _ => operand,
    };

    private static Func<decimal[], decimal> Binary(string op, Func<decimal[], decimal> l, Func<decimal[], decimal> r) => op switch
    {
        "+" => v => l(v) + r(v),
        "-" => v => l(v) - r(v),
        "*" => v => l(v) * r(v),
        "/" => v => r(v) is var d && d == 0 ? throw new DivideByZeroException("division by zero") : l(v) / d,
        "^" => v => (decimal)Math.Pow((double)l(v), (double)r(v)),
        "<" => v => l(v) < r(v) ? 1 : 0,
        "<=" => v => l(v) <= r(v) ? 1 : 0,
        ">" => v => l(v) > r(v) ? 1 : 0,
        ">=" => v => l(v) >= r(v) ? 1 : 0,
        "==" => v => l(v) == r(v) ? 1 : 0,
        "!=" => v => l(v) != r(v) ? 1 : 0,
        "&&" => v => l(v) != 0 && r(v) != 0 ? 1 : 0,
        "||" => v => l(v) != 0 || r(v) != 0 ? 1 : 0,
        _ => throw new ImportMappingException($"unknown operator '{op}'"),
    };

    private static Func<decimal[], decimal> Call(CallNode call, Func<decimal[], decimal>[] a, string text)
    {
        if (!FormulaFunctions.Arity.TryGetValue(call.Function, out var arity) || a.Length < arity.Min || a.Length > arity.Max)
        {
            throw new ImportMappingException($"formula '{text}': {call.Function}() is not a function with {a.Length} arguments (functions: {string.Join(", ", FormulaFunctions.Arity.Keys)})");
        }

        return call.Function switch
        {
            "min" => v => a.Min(f => f(v)),
            "max" => v => a.Max(f => f(v)),
            "abs" => v => Math.Abs(a[0](v)),
            "round" => a.Length == 1 ? v => Math.Round(a[0](v), MidpointRounding.AwayFromZero) : v => Math.Round(a[0](v), (int)Math.Clamp(a[1](v), 0, 28), MidpointRounding.AwayFromZero),
            "if" => v => a[0](v) != 0 ? a[1](v) : a[2](v),
            "pow" => v => (decimal)Math.Pow((double)a[0](v), (double)a[1](v)),
            "exp" => v => (decimal)Math.Exp((double)a[0](v)),
            "ln" => v => (decimal)Math.Log((double)a[0](v)),
            _ => throw new ImportMappingException($"formula '{text}': {call.Function}() cannot be used on source columns"),
        };
    }
}
