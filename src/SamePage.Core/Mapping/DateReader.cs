using System.Globalization;

namespace SamePage.Core.Mapping;

/// <summary>
/// Reads dates in the formats of a mapping (tried in order), ignoring a time part after a space or 'T'; ISO YYYY-MM-DD is
/// always accepted. <see cref="Detect"/> picks the formats a sample of a file's values fits, so 12/31/2025 reads as US and
/// 31/12/2025 as European, and DD.MM.YYYY is never refused.
/// </summary>
public sealed class DateReader
{
    /// <summary>The formats detection chooses from; the month-first and day-first slash forms are told apart by the values.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
        ["yyyy-MM-dd", "d.M.yyyy", "M/d/yyyy", "d/M/yyyy", "yyyy/M/d", "d-M-yyyy", "d-MMM-yyyy", "d MMM yyyy", "MMM d, yyyy", "d.M.yy", "M/d/yy", "d/M/yy", "yyyyMMdd"];

    private static readonly CultureInfo s_german = CultureInfo.GetCultureInfo("de-DE");

    private readonly string[] _formats;
    private readonly bool _monthNames;

    public DateReader(IReadOnlyList<string> formats)
    {
        _formats = [.. formats];
        _monthNames = _formats.Any(f => f.Contains("MMM", StringComparison.Ordinal));
    }

    public IReadOnlyList<string> Formats => _formats;

    public bool TryRead(string text, out DateOnly date)
    {
        var s = DatePart(text.AsSpan().Trim());
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // Month names may be German (Dez, März) as well as English.
        return DateOnly.TryParseExact(s, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
            || (_monthNames && DateOnly.TryParseExact(s, _formats, s_german, DateTimeStyles.AllowWhiteSpaces, out date));
    }

    /// <summary>
    /// The formats that read the most sample values; between month-first and day-first, the one the values prove
    /// (a first number above 12), else <paramref name="dayFirst"/>.
    /// </summary>
    public static IReadOnlyList<string> Detect(IEnumerable<string> sample, bool dayFirst)
    {
        var counts = new int[Candidates.Count];
        var values = sample.Select(v => DatePart(v.AsSpan().Trim()).ToString()).Where(v => v.Length > 0).Take(500).ToList();
        foreach (var value in values)
        {
            for (var i = 0; i < Candidates.Count; i++)
            {
                if (DateOnly.TryParseExact(value, Candidates[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || DateOnly.TryParseExact(value, Candidates[i], s_german, DateTimeStyles.None, out _))
                {
                    counts[i]++;
                }
            }
        }

        var best = counts.Max();
        if (best == 0)
        {
            return dayFirst ? ["d.M.yyyy", "d/M/yyyy"] : ["M/d/yyyy"];
        }

        var fitting = Enumerable.Range(0, Candidates.Count).Where(i => counts[i] == best).Select(i => Candidates[i]).ToList();
        var monthFirst = fitting.Where(f => f.StartsWith("M/", StringComparison.Ordinal)).ToList();
        var dayFirstForms = fitting.Where(f => f.StartsWith("d/", StringComparison.Ordinal)).ToList();
        if (monthFirst.Count > 0 && dayFirstForms.Count > 0)
        {
            fitting.RemoveAll(f => (dayFirst ? monthFirst : dayFirstForms).Contains(f));
        }

        return fitting;
    }

    /// <summary>The date without a time part: "12/31/2025 10:00 AM", "2025-12-31T10:00:00Z", "31.12.2025 10:00".</summary>
    private static ReadOnlySpan<char> DatePart(ReadOnlySpan<char> s)
    {
        var t = s.IndexOf('T');
        if (t == 10 && s.Length > 11 && char.IsAsciiDigit(s[11]))
        {
            return s[..10];
        }

        var space = s.IndexOf(' ');
        while (space > 0 && space + 1 < s.Length)
        {
            if (char.IsAsciiDigit(s[space + 1]) && s[(space + 1)..].Contains(':'))
            {
                return s[..space];
            }

            var next = s[(space + 1)..].IndexOf(' ');
            space = next < 0 ? -1 : space + 1 + next;
        }

        return s;
    }
}
