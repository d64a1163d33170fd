namespace SamePage.Core.Planning;

/// <summary>
/// A measure of the vendor as the planning engine sees it: its cost, dates, owner, effects on the value model's inputs
/// and the measures it depends on or excludes (by <see cref="Key"/>).
/// </summary>
public sealed record MeasureDefinition(
    string Key,
    string Name,
    string Instrument,
    string? Owner,
    double CostOneOff,
    double CostPerMonth,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<MeasureEffect> Effects,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Excludes)
{
    /// <summary>Months charged per month: whole calendar months from <see cref="Start"/> to the day after <see cref="End"/> (End is inclusive).</summary>
    public int BilledMonths => WholeMonths(Start, End);

    /// <summary>The vendor's cost: one-off + per month × <see cref="BilledMonths"/>.</summary>
    public double VendorCost => CostOneOff + (CostPerMonth * BilledMonths);

    /// <summary>
    /// Whole months between two dates with the end inclusive: 1 Jan – 31 Dec = 12, 15 Jan – 14 Feb = 1,
    /// 15 Jan – 13 Feb = 0; an end before the start gives 0.
    /// </summary>
    public static int WholeMonths(DateOnly start, DateOnly end)
    {
        var after = end.AddDays(1);
        var months = ((after.Year - start.Year) * 12) + after.Month - start.Month;
        if (after.Day < start.Day)
        {
            months--;
        }

        return Math.Max(0, months);
    }
}
