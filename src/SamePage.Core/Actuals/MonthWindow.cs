namespace SamePage.Core.Actuals;

/// <summary>A window of whole calendar months, both ends included.</summary>
public sealed record MonthWindow
{
    public MonthWindow(YearMonth from, YearMonth to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to}) before it starts ({from}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public YearMonth From { get; }

    public YearMonth To { get; }

    /// <summary>The number of calendar months in the window: the divisor of every per-month metric.</summary>
    public int Months => To.Index - From.Index + 1;

    public bool Contains(YearMonth month) => month >= From && month <= To;

    public bool Contains(DateOnly date) => Contains(YearMonth.FromDate(date));

    public override string ToString() => $"{From}..{To}";
}
