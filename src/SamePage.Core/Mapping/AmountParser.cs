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
/// Works on spans: a mapped file of millions of rows allocates nothing per amount.
/// </summary>
public static class AmountParser
{
    private const int MaxLength = 64;

    private static readonly (string Symbol, string Code)[] s_symbols =
        [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("Fr.", "CHF"), ("zł", "PLN"), ("kr", "SEK")];

    private static readonly (string Text, decimal Factor)[] s_suffixes =
        [("Mio.", 1_000_000m), ("Mio", 1_000_000m), ("Tsd.", 1000m), ("Tsd", 1000m), ("bn", 1_000_000_000m), ("k", 1000m), ("K", 1000m), ("m", 1_000_000m), ("M", 1_000_000m)];

    private static readonly HashSet<string> s_codes = new([.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>()], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_codeLookup = s_codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a three-letter text is an ISO 4217 currency code in use.</summary>
    public static bool IsCurrencyCode(string code) => s_codes.Contains(code);

    /// <summary>Parses an amount; <paramref name="reason"/> says why not. Percent divides by 100 when <paramref name="percent"/>.</summary>
    public static bool TryParse(string text, NumberCulture culture, bool suffixes, bool percent, out Amount amount, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        amount = default;

        // Plain numbers, the common case.
        if (ValueParser.TryParseNumber(text, culture, out var plain))
        {
            (amount, reason) = (new Amount(plain, null), null);
            return true;
        }

        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            reason = "a number is required";
            return false;
        }

        if (s.Length > MaxLength)
        {
            reason = $"at most {MaxLength} characters for a number";
            return false;
        }

        var (negative, currency) = StripSignAndCurrency(ref s);
        var scale = 1m;
        if (s.EndsWith('%'))
        {
            if (!percent)
            {
                reason = "a percentage where the target is not a fraction";
                return false;
            }

            scale = 0.01m;
            s = s[..^1].TrimEnd();
        }
        else if (Suffix(s) is { } suffix)
        {
            if (!suffixes)
            {
                reason = $"ends in '{suffix.Text}': allow suffixes in the mapping (\"suffixes\": true) to read it as × {suffix.Factor:N0}";
                return false;
            }

            scale = suffix.Factor;
            s = s[..^suffix.Text.Length].TrimEnd();
        }

        if (!TryNumber(s, culture, out var value, out reason))
        {
            return false;
        }

        try
        {
            amount = new Amount((negative ? -value : value) * scale, currency);
        }
        catch (OverflowException)
        {
            reason = "too large a number";
            return false;
        }

        return true;
    }

    /// <summary>The number part of an amount (no currency, sign, percent or suffix), for culture detection; null when too long.</summary>
    internal static string? Digits(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.IsEmpty || s.Length > MaxLength)
        {
            return null;
        }

        StripSignAndCurrency(ref s);
        s = s.TrimEnd('%').TrimEnd();
        if (Suffix(s) is { } suffix)
        {
            s = s[..^suffix.Text.Length].TrimEnd();
        }

        return WithoutSpaceGroups(s).ToString();
    }

    /// <summary>Sign and currency in any order: ($1,234.00), -$12, $-12, 12,00 €-, (EUR 12.500,00).</summary>
    private static (bool Negative, string? Currency) StripSignAndCurrency(ref ReadOnlySpan<char> s)
    {
        var negative = false;
        string? currency = null;
        for (var pass = 0; pass < 3 && !s.IsEmpty && !(char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[^1])); pass++)
        {
            if (s.Length > 2 && s[0] == '(' && s[^1] == ')')
            {
                negative = !negative;
                s = s[1..^1].Trim();
            }

            currency ??= StripCurrency(ref s);
            if (s.Length > 1 && (s[0] == '-' || s[^1] == '-'))
            {
                negative = !negative;
                s = (s[0] == '-' ? s[1..] : s[..^1]).Trim();
            }
        }

        return (negative, currency);
    }

    /// <summary>The digits under the file's culture, or under the other one when the text can only be that (1.234,56 has both marks).</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, NumberCulture culture, out decimal value, out string? reason)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var s = WithoutSpaceGroups(text, buffer);
        if (ValueParser.TryParseNumber(s, culture, out value))
        {
            reason = null;
            return true;
        }

        var comma = s.IndexOf(',');
        var point = s.IndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var other = comma < point ? NumberCulture.Invariant : NumberCulture.German;
            if (other != culture && ValueParser.TryParseNumber(s, other, out value))
            {
                reason = null;
                return true;
            }
        }

        ValueParser.TryParseDecimal(s, culture, out value, out reason);
        return false;
    }

    /// <summary>Removes a leading or trailing currency symbol or ISO code and returns the code.</summary>
    private static string? StripCurrency(ref ReadOnlySpan<char> s)
    {
        foreach (var (symbol, code) in s_symbols)
        {
            if (s.Length > symbol.Length && s.StartsWith(symbol, StringComparison.Ordinal))
            {
                s = s[symbol.Length..].Trim();
                return code;
            }

            if (s.Length > symbol.Length && s.EndsWith(symbol, StringComparison.Ordinal))
            {
                s = s[..^symbol.Length].Trim();
                return code;
            }
        }

        if (s.Length > 4 && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[2]) && !char.IsAsciiLetter(s[3]) && s_codeLookup.TryGetValue(s[..3], out var leading))
        {
            s = s[3..].Trim();
            return leading.ToUpperInvariant();
        }

        if (s.Length > 4 && char.IsAsciiLetter(s[^1]) && char.IsAsciiLetter(s[^2]) && char.IsAsciiLetter(s[^3]) && !char.IsAsciiLetter(s[^4]) && s_codeLookup.TryGetValue(s[^3..], out var trailing))
        {
            s = s[..^3].Trim();
            return trailing.ToUpperInvariant();
        }

        return null;
    }

    private static (string Text, decimal Factor)? Suffix(ReadOnlySpan<char> s)
    {
        foreach (var (text, factor) in s_suffixes)
        {
            if (s.Length > text.Length && s.EndsWith(text, StringComparison.Ordinal) && (char.IsAsciiDigit(s[^(text.Length + 1)]) || s[^(text.Length + 1)] == ' '))
            {
                return (text, factor);
            }
        }

        return null;
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’';

    private static ReadOnlySpan<char> WithoutSpaceGroups(ReadOnlySpan<char> s) => WithoutSpaceGroups(s, new char[s.Length]);

    /// <summary>"12 500,00", "1'234.50": spaces (also no-break and thin) and apostrophes between groups of three digits are dropped.</summary>
    private static ReadOnlySpan<char> WithoutSpaceGroups(ReadOnlySpan<char> s, Span<char> buffer)
    {
        if (s.IndexOfAny(" \u00A0\u202F\u2009'’") < 0 || s.Length > buffer.Length)
        {
            return s;
        }

        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!IsGroupSpace(s[i]))
            {
                buffer[n++] = s[i];
                continue;
            }

            // A group mark must be followed by exactly three digits and then the end, a mark or a decimal separator.
            var digits = 0;
            while (i + 1 + digits < s.Length && char.IsAsciiDigit(s[i + 1 + digits]))
            {
                digits++;
            }

            if (digits != 3 || i == 0 || !char.IsAsciiDigit(s[i - 1]))
            {
                return s;
            }
        }

        return buffer[..n];
    }
}
