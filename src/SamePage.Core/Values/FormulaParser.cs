namespace SamePage.Core.Values;

/// <summary>
/// Recursive-descent parser of the formula language. Precedence from low to high:
/// <c>||</c>, <c>&amp;&amp;</c>, comparisons, <c>+ -</c>, <c>* /</c>, unary <c>- + !</c>, <c>^</c> (right-associative).
/// </summary>
public static class FormulaParser
{
    /// <summary>Deepest nesting of parentheses, calls and unary operators accepted (keeps the recursion bounded).</summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// Deepest tree accepted. A chain such as <c>1+1+…+1</c> nests no parentheses but builds a tree as deep as it is long,
    /// and every later walk (name check, unit inference, code generation) recurses over it.
    /// </summary>
    public const int MaxTreeDepth = 200;

    /// <summary>Longest formula accepted, in characters.</summary>
    public const int MaxLength = 100_000;

    /// <summary>Parses a formula; throws <see cref="FormulaSyntaxException"/> with the position on error.</summary>
    public static FormulaNode Parse(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        if (formula.Length > MaxLength)
        {
            throw new FormulaSyntaxException($"Formula is {formula.Length:N0} characters long; at most {MaxLength:N0} are accepted", MaxLength + 1);
        }

        var tokens = FormulaLexer.Tokenize(formula);
        if (tokens.Count == 1)
        {
            throw new FormulaSyntaxException("Empty formula", 1);
        }

        var state = new ParserState(tokens);
        var node = ParseOr(state);
        var end = state.Current;
        if (end.Kind != FormulaTokenKind.End)
        {
            throw new FormulaSyntaxException($"Unexpected '{end.Text}'", end.Position);
        }

        CheckTreeDepth(node);
        return node;
    }

    /// <summary>Walks the tree with an explicit stack (never the call stack) and refuses trees deeper than <see cref="MaxTreeDepth"/>.</summary>
    private static void CheckTreeDepth(FormulaNode root)
    {
        var pending = new Stack<(FormulaNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxTreeDepth)
            {
                throw new FormulaSyntaxException(
                    $"Formula is more than {MaxTreeDepth} operations deep; split it into several drivers", item.Node.Position);
            }

            switch (item.Node)
            {
                case UnaryNode u:
                    pending.Push((u.Operand, item.Depth + 1));
                    break;
                case BinaryNode b:
                    pending.Push((b.Left, item.Depth + 1));
                    pending.Push((b.Right, item.Depth + 1));
                    break;
                case CallNode c:
                    foreach (var argument in c.Arguments)
                    {
                        pending.Push((argument, item.Depth + 1));
                    }

                    break;
            }
        }
    }

    private static FormulaNode ParseOr(ParserState s)
    {
        s.Enter();
        var left = ParseAnd(s);
        while (s.IsOperator("||"))
        {
            var op = s.Next();
            left = new BinaryNode("||", left, ParseAnd(s), op.Position);
        }

        s.Leave();
        return left;
    }

    private static FormulaNode ParseAnd(ParserState s)
    {
        var left = ParseComparison(s);
        while (s.IsOperator("&&"))
        {
            var op = s.Next();
            left = new BinaryNode("&&", left, ParseComparison(s), op.Position);
        }

        return left;
    }

    private static FormulaNode ParseComparison(ParserState s)
    {
        var left = ParseAdditive(s);
        while (s.IsOperator("<", "<=", ">", ">=", "==", "!="))
        {
            var op = s.Next();
            left = new BinaryNode(op.Text, left, ParseAdditive(s), op.Position);
        }

        return left;
    }

    private static FormulaNode ParseAdditive(ParserState s)
    {
        var left = ParseMultiplicative(s);
        while (s.IsOperator("+", "-"))
        {
            var op = s.Next();
            left = new BinaryNode(op.Text, left, ParseMultiplicative(s), op.Position);
        }

        return left;
    }

    private static FormulaNode ParseMultiplicative(ParserState s)
    {
        var left = ParseUnary(s);
        while (s.IsOperator("*", "/"))
        {
            var op = s.Next();
            left = new BinaryNode(op.Text, left, ParseUnary(s), op.Position);
        }

        return left;
    }

    private static FormulaNode ParseUnary(ParserState s)
    {
        if (s.IsOperator("-", "+", "!"))
        {
            var op = s.Next();
            s.Enter();
            var operand = ParseUnary(s);
            s.Leave();
            return new UnaryNode(op.Text, operand, op.Position);
        }

        return ParsePower(s);
    }

    private static FormulaNode ParsePower(ParserState s)
    {
        var basis = ParsePrimary(s);
        if (s.IsOperator("^"))
        {
            var op = s.Next();

            // Right-associative, and the exponent may carry a sign: 2^-1, 2^3^2 = 2^(3^2). Each exponent nests one level deeper.
            s.Enter();
            var exponent = ParseUnary(s);
            s.Leave();
            return new BinaryNode("^", basis, exponent, op.Position);
        }

        return basis;
    }

    private static FormulaNode ParsePrimary(ParserState s)
    {
        var token = s.Current;
        switch (token.Kind)
        {
            case FormulaTokenKind.Number:
                s.Next();
                return new NumberNode(token.Number, token.Position);
            case FormulaTokenKind.Name:
                s.Next();
                if (s.Current.Kind == FormulaTokenKind.OpenParen)
                {
                    return ParseCall(s, token);
                }

                return new NameNode(token.Text, token.Position);
            case FormulaTokenKind.OpenParen:
                s.Next();
                var inner = ParseOr(s);
                s.Expect(FormulaTokenKind.CloseParen, "')'");
                return inner;
            case FormulaTokenKind.End:
                throw new FormulaSyntaxException("Unexpected end of formula", token.Position);
            default:
                throw new FormulaSyntaxException($"Unexpected '{token.Text}'", token.Position);
        }
    }

    private static CallNode ParseCall(ParserState s, FormulaToken name)
    {
        s.Next();
        var arguments = new List<FormulaNode>();
        if (s.Current.Kind != FormulaTokenKind.CloseParen)
        {
            arguments.Add(ParseOr(s));
            while (s.Current.Kind == FormulaTokenKind.Comma)
            {
                s.Next();
                arguments.Add(ParseOr(s));
            }
        }

        s.Expect(FormulaTokenKind.CloseParen, "',' or ')'");
        return new CallNode(name.Text, arguments, name.Position);
    }

    private sealed class ParserState(List<FormulaToken> tokens)
    {
        private int _index;
        private int _depth;

        public FormulaToken Current => tokens[_index];

        public FormulaToken Next() => tokens[_index++];

        public void Enter()
        {
            if (++_depth > MaxDepth)
            {
                throw new FormulaSyntaxException($"Formula nested more than {MaxDepth} levels deep", Current.Position);
            }
        }

        public void Leave() => _depth--;

        public bool IsOperator(params ReadOnlySpan<string> operators)
        {
            var token = Current;
            if (token.Kind != FormulaTokenKind.Operator)
            {
                return false;
            }

            foreach (var op in operators)
            {
                if (token.Text == op)
                {
                    return true;
                }
            }

            return false;
        }

        public void Expect(FormulaTokenKind kind, string what)
        {
            var token = Current;
            if (token.Kind != kind)
            {
                var found = token.Kind == FormulaTokenKind.End ? "end of formula" : $"'{token.Text}'";
                throw new FormulaSyntaxException($"Expected {what} but found {found}", token.Position);
            }

            _index++;
        }
    }
}
