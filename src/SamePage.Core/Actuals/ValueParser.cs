using System.Globalization;

namespace SamePage.Core.Actuals;

/// <summary>
/// Strict parsing of numbers and dates from import files. A thousands separator is accepted only in groups of three
/// digits, so "1,5" is never read as 15 and "1.5" never as 15 under German numbers: such a value is rejected with a
/// reason that names the other convention.
/// </summary>
public static class ValueParser
{
    private const int MaxNumberLength = 64;

    /// <summary>Parses text as a decimal number written in <paramref name="culture"/>. Surrounding spaces are ignored.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, NumberCulture culture, out decimal value, out string? reason)
    {
        text = text.Trim();
        if (TryParseStrict(text, culture, out value))
        {
            reason = null;
            return true;
        }

        reason = DescribeNumberFailure(text, culture);
        return false;
    }

    /// <summary>Parses like <see cref="TryParseDecimal"/> without explaining a failure (for callers that try several readings).</summary>
    internal static bool TryParseNumber(ReadOnlySpan<char> text, NumberCulture culture, out decimal value) => TryParseStrict(text.Trim(), culture, out value);

    /// <summary>Which convention a value proves: only one of the two reads it.</summary>
    internal static NumberCulture? Evidence(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var invariant = TryParseStrict(text, NumberCulture.Invariant, out _);
        var german = TryParseStrict(text, NumberCulture.German, out _);
        if (invariant == german)
        {
            return IsGermanDate(text) ? NumberCulture.German : null;
        }

        return german ? NumberCulture.German : NumberCulture.Invariant;
    }

    /// <summary>
    /// Parses a date: YYYY-MM-DD always (a time part after 'T' or a space is ignored), and D.M.YYYY / DD.MM.YYYY
    /// under German numbers (a time part after a space is ignored).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, NumberCulture culture, out DateOnly value, out string? reason)
    {
        text = text.Trim();
        reason = null;
        var datePart = text;
        var cut = datePart.IndexOfAny('T', ' ');
        if (cut == 10)
        {
            datePart = datePart[..10];
        }

        if (TryParseIsoDate(datePart, out value))
        {
            return true;
        }

        var space = text.IndexOf(' ');
        var germanPart = space > 0 ? text[..space] : text;
        if (IsGermanDate(germanPart))
        {
            if (culture == NumberCulture.German
                && DateOnly.TryParseExact(germanPart, ["d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return true;
            }

            value = default;
            reason = culture == NumberCulture.German
                ? "not a valid calendar date"
                : "a German date (DD.MM.YYYY) in a file read with invariant numbers: write YYYY-MM-DD or import with --culture de-DE";
            return false;
        }

        value = default;
        reason = culture == NumberCulture.German ? "not a date (expected YYYY-MM-DD or DD.MM.YYYY)" : "not a date (expected YYYY-MM-DD)";
        return false;
    }

    // YYYY-MM-DD by hand: the date column of every deal goes through here.
    private static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool IsGermanDate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf('.');
        var last = text.LastIndexOf('.');
        return first is 1 or 2 && last > first + 1 && last <= first + 3 && text.Length - last - 1 == 4
            && IsDigits(text[..first]) && IsDigits(text[(first + 1)..last]) && IsDigits(text[(last + 1)..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static bool TryParseStrict(ReadOnlySpan<char> text, NumberCulture culture, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxNumberLength)
        {
            return false;
        }

        var decimalSeparator = culture == NumberCulture.German ? ',' : '.';
        var groupSeparator = culture == NumberCulture.German ? '.' : ',';
        Span<char> normalized = stackalloc char[MaxNumberLength];
        var n = 0;
        var i = 0;
        if (text[0] is '-' or '+')
        {
            if (text[0] == '-')
            {
                normalized[n++] = '-';
            }

            i = 1;
        }

        // Integer part: plain digits, or 1-3 digits followed by groups of exactly three.
        var digitsInGroup = 0;
        var groups = 0;
        var integerDigits = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                normalized[n++] = c;
                digitsInGroup++;
                integerDigits++;
            }
            else if (c == groupSeparator)
            {
                if ((groups == 0 && (digitsInGroup is < 1 or > 3)) || (groups > 0 && digitsInGroup != 3))
                {
                    return false;
                }

                groups++;
                digitsInGroup = 0;
            }
            else
            {
                break;
            }
        }

        if (groups > 0 && digitsInGroup != 3)
        {
            return false;
        }

        var fractionDigits = 0;
        if (i < text.Length && text[i] == decimalSeparator)
        {
            normalized[n++] = '.';
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                normalized[n++] = text[i];
                fractionDigits++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (i != text.Length || integerDigits + fractionDigits == 0)
        {
            return false;
        }

        return decimal.TryParse(normalized[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string DescribeNumberFailure(ReadOnlySpan<char> text, NumberCulture culture)
    {
        if (text.IsEmpty)
        {
            return "a number is required";
        }

        var other = culture == NumberCulture.German ? NumberCulture.Invariant : NumberCulture.German;
        if (TryParseStrict(text, other, out _))
        {
            return culture == NumberCulture.German
                ? "uses a decimal point but the file is read with German numbers (1.234,56)"
                : "uses a decimal comma but the file is read with invariant numbers (1234.56): import with --culture de-DE";
        }

        if (text.Contains('%'))
        {
            return "not a number (write percentages as fractions, 15 % as 0.15)";
        }

        return culture == NumberCulture.German ? "not a number (expected for example 1.234,56)" : "not a number (expected for example 1234.56)";
    }
}
