namespace SamePage.Core.Actuals;

/// <summary>
/// A customer that won a new deal with a partner for a solution in a month: the distinct key the database keeps
/// (one row per partner × solution × customer × month) so that distinct new customers over any window are exact:
/// count the distinct customers of the rows inside the window (<see cref="CountDistinct"/>). The per-month rollup field
/// <see cref="PartnerSolutionMonth.NewCustomers"/> is the count of these rows for its month.
/// </summary>
public sealed record NewCustomerMonth(string PartnerId, string Solution, string CustomerId, YearMonth Month)
{
    /// <summary>The key a deal adds, or null when it is not a won new deal.</summary>
    public static NewCustomerMonth? ForDeal(DealRow deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal.IsWon && deal.Type == DealType.New
            ? new NewCustomerMonth(deal.PartnerId, deal.Solution, deal.CustomerId, deal.Month)
            : null;
    }

    /// <summary>Distinct customers among the rows (of one partner × solution) whose month lies in the window.</summary>
    public static int CountDistinct(IEnumerable<NewCustomerMonth> rows, MonthWindow window)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(window);
        return rows.Where(r => window.Contains(r.Month)).Select(r => r.CustomerId).Distinct(StringComparer.Ordinal).Count();
    }
}
