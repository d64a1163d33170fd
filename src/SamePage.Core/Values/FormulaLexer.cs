using System.Globalization;

namespace SamePage.Core.Values;

/// <summary>Splits formula text into tokens.</summary>
internal static class FormulaLexer
{
    private static readonly string[] s_twoCharOperators = ["<=", ">=", "==", "!=", "&&", "||"];

    public static List<FormulaToken> Tokenize(string text)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var position = i + 1;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i, position));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new FormulaToken(FormulaTokenKind.Name, text[start..i], 0, position));
                continue;
            }

            if (i + 1 < text.Length && Array.IndexOf(s_twoCharOperators, text.Substring(i, 2)) >= 0)
            {
                tokens.Add(new FormulaToken(FormulaTokenKind.Operator, text.Substring(i, 2), 0, position));
                i += 2;
                continue;
            }

            var kind = c switch
            {
                '(' => FormulaTokenKind.OpenParen,
                ')' => FormulaTokenKind.CloseParen,
                ',' => FormulaTokenKind.Comma,
                '+' or '-' or '*' or '/' or '^' or '<' or '>' or '!' => FormulaTokenKind.Operator,
                _ => throw new FormulaSyntaxException(Unexpected(c), position),
            };
            tokens.Add(new FormulaToken(kind, c.ToString(), 0, position));
            i++;
        }

        tokens.Add(new FormulaToken(FormulaTokenKind.End, string.Empty, 0, text.Length + 1));
        return tokens;
    }

    private static string Unexpected(char c) => c switch
    {
        '=' => "Unexpected '=' (use '==' to compare)",
        '&' => "Unexpected '&' (use '&&')",
        '|' => "Unexpected '|' (use '||')",
        _ => $"Unexpected character '{c}'",
    };

    private static FormulaToken ReadNumber(string text, ref int i, int position)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            throw new FormulaSyntaxException($"Invalid number '{text[start..(i + 1)]}'", position);
        }

        var literal = text[start..i];
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new FormulaToken(FormulaTokenKind.Number, literal, value, position);
    }
}
