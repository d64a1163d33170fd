using System.Globalization;

namespace SamePage.Core.Actuals;

/// <summary>A calendar month, the unit of rollups and metric windows.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Months since year 0, so that windows can count and compare months by subtraction.</summary>
    public int Index => (Year * 12) + Month - 1;

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Parses "YYYY-MM".</summary>
    public static YearMonth Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            throw new FormatException($"'{text}' is not a month in the form YYYY-MM.");
        }

        return value;
    }

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
