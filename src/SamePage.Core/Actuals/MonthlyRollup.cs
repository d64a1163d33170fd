namespace SamePage.Core.Actuals;

/// <summary>
/// Builds the monthly rollups from raw rows in one pass: a full recomputation (for a rebuild, or tests); the
/// database maintains the same rows incrementally with <see cref="PartnerSolutionMonth.ForDeal"/> contributions.
/// </summary>
public static class MonthlyRollup
{
    public static RollupSet Build(IEnumerable<DealRow> deals, IEnumerable<CostRow> costs)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(costs);
        var months = new Dictionary<(string, string, YearMonth), PartnerSolutionMonth>();
        var customers = new HashSet<NewCustomerMonth>();
        foreach (var deal in deals)
        {
            Add(months, PartnerSolutionMonth.ForDeal(deal));
            if (NewCustomerMonth.ForDeal(deal) is { } key && customers.Add(key))
            {
                var month = months[(key.PartnerId, key.Solution, key.Month)];
                months[(key.PartnerId, key.Solution, key.Month)] = month with { NewCustomers = month.NewCustomers + 1 };
            }
        }

        foreach (var cost in costs)
        {
            Add(months, PartnerSolutionMonth.ForCost(cost));
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
