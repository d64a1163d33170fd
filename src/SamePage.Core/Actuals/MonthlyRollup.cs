namespace SamePage.Core.Actuals;

/// <summary>
/// Builds the monthly rollups from raw rows in one pass: a full recomputation (for a rebuild, or tests); the
/// database maintains the same rows incrementally with <see cref="PartnerSolutionMonth.ForDeal"/> contributions.
/// </summary>
public static class MonthlyRollup
{
    public static RollupSet Build(IEnumerable<DealRow> deals, IEnumerable<CostRow> costs, NewCustomerCounting counting = NewCustomerCounting.DistinctPerMonth)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(costs);
        var months = new Dictionary<(string, string, YearMonth), PartnerSolutionMonth>();
        var customers = new HashSet<NewCustomerMonth>();
        var firstMonths = new Dictionary<(string, string, string), YearMonth>();
        foreach (var deal in deals)
        {
            Add(months, PartnerSolutionMonth.ForDeal(deal));
            if (NewCustomerMonth.ForDeal(deal) is { } key && customers.Add(key))
            {
                var customer = (key.PartnerId, key.Solution, key.CustomerId);
                if (!firstMonths.TryGetValue(customer, out var first) || key.Month < first)
                {
                    firstMonths[customer] = key.Month;
                }
            }
        }

        foreach (var cost in costs)
        {
            Add(months, PartnerSolutionMonth.ForCost(cost));
        }

        var counted = counting == NewCustomerCounting.DistinctPerMonth
            ? customers.Select(c => (c.PartnerId, c.Solution, c.Month))
            : firstMonths.Select(f => (f.Key.Item1, f.Key.Item2, f.Value));
        foreach (var key in counted)
        {
            var month = months[key];
            months[key] = month with { NewCustomers = month.NewCustomers + 1 };
        }

        return new RollupSet(
            [.. months.Values.OrderBy(m => m.PartnerId, StringComparer.Ordinal).ThenBy(m => m.Solution, StringComparer.Ordinal).ThenBy(m => m.Month)],
            [.. customers]);
    }

    private static void Add(Dictionary<(string, string, YearMonth), PartnerSolutionMonth> months, PartnerSolutionMonth contribution)
    {
        var key = (contribution.PartnerId, contribution.Solution, contribution.Month);
        months[key] = months.TryGetValue(key, out var existing) ? existing.Plus(contribution) : contribution;
    }
}
