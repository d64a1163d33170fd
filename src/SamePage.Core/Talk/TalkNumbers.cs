using System.Globalization;
using System.Text.RegularExpressions;

namespace SamePage.Core.Talk;

/// <summary>Finds money amounts, percentages, multipliers and technical numbers (versions, units) in a sentence.</summary>
internal static partial class TalkNumbers
{
    private const string Number = @"\d{1,3}(?:[.,\u202F\u00A0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    private const string Scale = @"(?:\s?(?:k|K|Tsd\.?|tsd\.?|Mio\.?|Mrd\.?|million|millions|thousand|billion|bn|m|Millionen|Milliarden)(?![\p{L}]))?";
    private const string Currency = @"(?:€|EUR|Euro|USD|US-Dollar|\$|£|GBP|CHF|dollars?)";

    [GeneratedRegex(@"(?<c>" + Currency + @")\s?(?<n>" + Number + ")(?<s>" + Scale + @")|(?<n>" + Number + ")(?<s>" + Scale + @")\s?(?<c>" + Currency + @")(?![\p{L}])")]
    private static partial Regex MoneyRegex();

    [GeneratedRegex(@"(?<n>" + Number + @")\s?(?:%|Prozent(?:punkte)?|percent(?:age points)?|per cent|pp)(?![\p{L}])")]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s?(?:x|×|-fach|fach)(?![\p{L}\d])")]
    private static partial Regex MultiplierRegex();

    [GeneratedRegex(@"(?<![\w.])(?:[vV]\d+(?:\.\d+)*|\d+\.\d+\.\d+(?:\.\d+)*)(?![\w])|(?:Version|version|Release|release|Build|build|Update|update)\s\d+(?:\.\d+)*|\d+(?:[.,]\d+)?\s?(?:GB|TB|MB|KB|PB|GiB|TiB|MiB|GHz|MHz|ms|µs|Mbit/s|Gbit/s|Gbps|Mbps|IOPS|fps|dpi|px|vCPUs?|CPUs?|cores|Kerne|Zoll|inch|K|nm)(?![\p{L}])")]
    private static partial Regex SpecRegex();

    public static bool HasDigit(string text, int start, int end)
    {
        return text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') >= 0;
    }

    public static void FindQuantities(string text, int start, int end, List<TalkQuantity> quantities)
    {
        var span = text[start..end];
        foreach (Match m in MoneyRegex().Matches(span))
        {
            var value = ParseNumber(m.Groups["n"].Value) * ScaleFactor(m.Groups["s"].Value);
            quantities.Add(new TalkQuantity(m.Value, start + m.Index, start + m.Index + m.Length, value, CurrencyCode(m.Groups["c"].Value)));
        }

        foreach (Match m in PercentRegex().Matches(span))
        {
            quantities.Add(new TalkQuantity(m.Value, start + m.Index, start + m.Index + m.Length, ParseNumber(m.Groups["n"].Value), "%"));
        }

        foreach (Match m in MultiplierRegex().Matches(span))
        {
            quantities.Add(new TalkQuantity(m.Value, start + m.Index, start + m.Index + m.Length, ParseNumber(m.Groups["n"].Value), "x"));
        }
    }

    public static void FindSpecs(string text, int start, int end, List<(int Start, int End)> specs)
    {
        var span = text[start..end];
        foreach (Match m in SpecRegex().Matches(span))
        {
            specs.Add((start + m.Index, start + m.Index + m.Length));
        }
    }

    /// <summary>Parses "1.234,56", "1,234.56", "12.000", "2,5" and "15" in either convention.</summary>
    internal static decimal ParseNumber(string raw)
    {
        var s = raw.Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        string normalized;
        if (lastDot >= 0 && lastComma >= 0)
        {
            normalized = lastComma > lastDot
                ? s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : s.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var sep = lastDot >= 0 ? '.' : ',';
            var parts = s.Split(sep);
            var thousands = parts.Length > 2 || parts[^1].Length == 3;
            normalized = thousands ? s.Replace(sep.ToString(), string.Empty, StringComparison.Ordinal) : s.Replace(',', '.');
        }
        else
        {
            normalized = s;
        }

        return decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;
    }

    private static decimal ScaleFactor(string scale)
    {
        var s = scale.Trim().TrimEnd('.').ToLowerInvariant();
        return s switch
        {
            "k" or "tsd" or "thousand" => 1_000m,
            "mio" or "million" or "millions" or "m" or "millionen" => 1_000_000m,
            "mrd" or "billion" or "bn" or "milliarden" => 1_000_000_000m,
            _ => 1m,
        };
    }

    private static string CurrencyCode(string symbol) => symbol.ToLowerInvariant() switch
    {
        "€" or "eur" or "euro" => "EUR",
        "$" or "usd" or "us-dollar" or "dollar" or "dollars" => "USD",
        "£" or "gbp" => "GBP",
        "chf" => "CHF",
        _ => symbol.ToUpperInvariant(),
    };
}
