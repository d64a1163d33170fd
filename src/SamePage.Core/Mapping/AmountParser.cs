using System.Globalization;
using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>A number as real exports write it, read into a value and the currency it was marked with (null when none).</summary>
public readonly record struct Amount(decimal Value, string? Currency);

/// <summary>
/// Reads amounts the way CRM, marketplace and distributor exports write them: a currency symbol or ISO code before or after
/// ($1,234.00, EUR 12.500,00, 12.500,00 €), thousands separators of either culture (also spaces and apostrophes),
/// negative amounts in parentheses or with a trailing minus, k/m suffixes when allowed, and percentages when the target is
/// a fraction. The digits themselves go through <see cref="ValueParser"/>'s strict rules, so "1,5" is never 15.
/// </summary>
public static class AmountParser
{
    private const int MaxLength = 64;

    private static readonly Dictionary<string, string> s_symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["Fr."] = "CHF", ["zł"] = "PLN", ["kr"] = "SEK",
    };

    private static readonly HashSet<string> s_codes = [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>()];

    /// <summary>Whether a three-letter text is an ISO 4217 currency code in use.</summary>
    public static bool IsCurrencyCode(string code) => s_codes.Contains(code.ToUpperInvariant());

    /// <summary>Parses an amount; <paramref name="reason"/> says why not. Percent divides by 100 when <paramref name="percent"/>.</summary>
    public static bool TryParse(string text, NumberCulture culture, bool suffixes, bool percent, out Amount amount, out string? reason)
    {
        amount = default;

        // Plain numbers, the common case, without allocating.
        if (ValueParser.TryParseDecimal(text, culture, out var plain, out _))
        {
            (amount, reason) = (new Amount(plain, null), null);
            return true;
        }

        var s = text.Trim();
        if (s.Length == 0)
        {
            reason = "a number is required";
            return false;
        }

        if (s.Length > MaxLength)
        {
            reason = $"at most {MaxLength} characters for a number";
            return false;
        }

        // Sign and currency in any order: ($1,234.00), -$12, $-12, 12,00 €-, (EUR 12.500,00).
        var negative = false;
        string? currency = null;
        for (var pass = 0; pass < 3; pass++)
        {
            if (s.Length > 2 && s[0] == '(' && s[^1] == ')')
            {
                (negative, s) = (!negative, s[1..^1].Trim());
            }

            currency ??= StripCurrency(ref s);
            if (s.Length > 1 && (s[0] == '-' || s[^1] == '-'))
            {
                negative = !negative;
                s = (s[0] == '-' ? s[1..] : s[..^1]).Trim();
            }
        }

        var scale = 1m;
        if (s.EndsWith('%'))
        {
            if (!percent)
            {
                reason = "a percentage where the target is not a fraction";
                return false;
            }

            (scale, s) = (0.01m, s[..^1].TrimEnd());
        }
        else if (Suffix(s) is { } suffix)
        {
            if (!suffixes)
            {
                reason = $"ends in '{suffix.Text}': allow suffixes in the mapping (\"suffixes\": true) to read it as × {suffix.Factor:N0}";
                return false;
            }

            (scale, s) = (suffix.Factor, s[..^suffix.Text.Length].TrimEnd());
        }

        s = WithoutSpaceGroups(s);
        if (!TryNumber(s, culture, out var value, out reason))
        {
            return false;
        }

        amount = new Amount((negative ? -value : value) * scale, currency);
        return true;
    }

    /// <summary>The number part of an amount (no currency, sign, percent or suffix), for culture detection; null when too long.</summary>
    internal static string? Digits(string text)
    {
        var s = text.Trim();
        if (s.Length is 0 or > MaxLength)
        {
            return null;
        }

        if (s.Length > 2 && s[0] == '(' && s[^1] == ')')
        {
            s = s[1..^1].Trim();
        }

        StripCurrency(ref s);
        s = s.Trim('-', '%', ' ');
        StripCurrency(ref s);
        if (Suffix(s) is { } suffix)
        {
            s = s[..^suffix.Text.Length].TrimEnd();
        }

        return WithoutSpaceGroups(s);
    }

    /// <summary>The digits under the file's culture, or under the other one when the text can only be that (1.234,56 has both marks).</summary>
    private static bool TryNumber(string s, NumberCulture culture, out decimal value, out string? reason)
    {
        if (ValueParser.TryParseDecimal(s, culture, out value, out reason))
        {
            return true;
        }

        var comma = s.IndexOf(',');
        var point = s.IndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var other = comma < point ? NumberCulture.Invariant : NumberCulture.German;
            if (other != culture && ValueParser.TryParseDecimal(s, other, out value, out _))
            {
                reason = null;
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes a leading or trailing currency symbol or code and returns its ISO code.</summary>
    private static string? StripCurrency(ref string s)
    {
        foreach (var (symbol, code) in s_symbols)
        {
            if (s.StartsWith(symbol, StringComparison.Ordinal) && s.Length > symbol.Length)
            {
                s = s[symbol.Length..].Trim();
                return code;
            }

            if (s.EndsWith(symbol, StringComparison.Ordinal) && s.Length > symbol.Length)
            {
                s = s[..^symbol.Length].Trim();
                return code;
            }
        }

        if (s.Length > 4 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[2]) && !char.IsAsciiLetter(s[3])
            && IsCurrencyCode(s[..3]))
        {
            var code = s[..3].ToUpperInvariant();
            s = s[3..].Trim();
            return code;
        }

        if (s.Length > 4 && char.IsAsciiLetter(s[^1]) && char.IsAsciiLetter(s[^2]) && char.IsAsciiLetter(s[^3]) && !char.IsAsciiLetter(s[^4])
            && IsCurrencyCode(s[^3..]))
        {
            var code = s[^3..].ToUpperInvariant();
            s = s[..^3].Trim();
            return code;
        }

        return null;
    }

    private static (string Text, decimal Factor)? Suffix(string s)
    {
        foreach (var (text, factor) in new[] { ("Mio.", 1_000_000m), ("Mio", 1_000_000m), ("Tsd.", 1000m), ("Tsd", 1000m), ("k", 1000m), ("K", 1000m), ("m", 1_000_000m), ("M", 1_000_000m), ("bn", 1_000_000_000m) })
        {
            if (s.EndsWith(text, StringComparison.Ordinal) && s.Length > text.Length && (char.IsAsciiDigit(s[^(text.Length + 1)]) || s[^(text.Length + 1)] == ' '))
            {
                return (text, factor);
            }
        }

        return null;
    }

    /// <summary>"12 500,00", "1'234.50": spaces (also no-break and thin) and apostrophes between groups of three digits are dropped.</summary>
    private static string WithoutSpaceGroups(string s)
    {
        if (s.IndexOfAny([' ', '\u00A0', '\u202F', '\u2009', '\'', '’']) < 0)
        {
            return s;
        }

        var parts = s.Split([' ', '\u00A0', '\u202F', '\u2009', '\'', '’']);
        for (var i = 1; i < parts.Length; i++)
        {
            var digits = parts[i].TakeWhile(char.IsAsciiDigit).Count();
            if (digits != 3)
            {
                return s;
            }
        }

        return string.Concat(parts);
    }
}
