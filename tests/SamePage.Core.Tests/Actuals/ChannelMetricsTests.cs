using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class ChannelMetricsTests
{
    private static readonly MonthWindow FirstQuarter = new(new YearMonth(2025, 1), new YearMonth(2025, 3));

    // Partner P1 × solution S, first quarter 2025 (3 months).
    private static readonly DealRow[] Deals =
    [
        Deal("D1", "2025-01-10", DealType.New, "C1", 1000m, 0.10m, 500m, 10, DealStatus.Won),
        Deal("D2", "2025-01-20", DealType.New, "C2", 2000m, 0.15m, 0m, 20, DealStatus.Won),
        Deal("D3", "2025-02-05", DealType.Upsell, "C1", 500m, 0.10m, 250m, 0, DealStatus.Won),
        Deal("D4", "2025-02-15", DealType.New, "C3", 1500m, 0.20m, 0m, 5, DealStatus.Lost),
        Deal("D5", "2025-03-01", DealType.Recurring, "C1", 300m, 0.30m, 0m, 0, DealStatus.Won),
        Deal("D6", "2025-03-10", DealType.Renewal, "C2", 800m, 0.05m, 100m, 0, DealStatus.Won),
        Deal("D7", "2025-03-20", DealType.Upsell, "C2", 700m, 0.10m, 0m, 0, DealStatus.Lost),
        Deal("D8", "2025-04-01", DealType.New, "C4", 9999m, 0.10m, 0m, 1, DealStatus.Won),
        Deal("D9", "2025-02-01", DealType.New, "C9", 5000m, 0.10m, 0m, 1, DealStatus.Won, partner: "P2"),
        Deal("D10", "2025-02-01", DealType.New, "C8", 5000m, 0.10m, 0m, 1, DealStatus.Won, solution: "Other"),
    ];

    private static readonly CostRow[] Costs =
    [
        new("K1", "P1", "S", new DateOnly(2025, 1, 15), CostCategory.Certification, 1200m, 16m),
        new("K2", "P1", "S", new DateOnly(2025, 2, 1), CostCategory.Training, 300m, null),
        new("K3", "P1", "S", new DateOnly(2025, 3, 31), CostCategory.Marketing, 450m, 5m),
        new("K4", "P1", "S", new DateOnly(2025, 4, 1), CostCategory.Presales, 999m, 9m),
        new("K5", "P2", "S", new DateOnly(2025, 1, 1), CostCategory.Other, 50m, null),
    ];

    [Fact]
    public void Computes_every_metric_as_the_issue_defines_it()
    {
        var metrics = ChannelMetrics.FromDeals("P1", "S", FirstQuarter, Deals, Costs);

        // Won in the window: D1 new, D2 new, D3 upsell, D5 recurring, D6 renewal; lost: D4 new, D7 upsell.
        Assert.Equal(3, metrics.Months);
        Assert.Equal(2m / 3m, metrics.NewCustomersPerMonth);                  // C1, C2
        Assert.Equal(1m, metrics.DealsPerMonth);                              // D1, D2, D3
        Assert.Equal(3500m / 3m, metrics.AvgProductRevenue);                  // (1000 + 2000 + 500) / 3
        Assert.Equal(580m / 4600m, metrics.AvgPartnerMargin);                 // (100 + 300 + 50 + 90 + 40) / (1000 + 2000 + 500 + 300 + 800)
        Assert.Equal(850m / 4600m, metrics.ServicesAttachRate);               // (500 + 250 + 100) / 4600
        Assert.Equal(850m / 3m, metrics.ServicesPerDeal);
        Assert.Equal(15m, metrics.SeatsPerCustomer);                          // (10 + 20) / 2
        Assert.Equal(0.6m, metrics.WinRate);                                  // 3 / (3 + 2)
        Assert.Equal(100m, metrics.RecurringRevenuePerMonth);                 // 300 / 3
        Assert.Equal(new CostTotal(1200m, 16m), metrics.Costs.Certification);
        Assert.Equal(new CostTotal(300m, 0m), metrics.Costs.Training);
        Assert.Equal(CostTotal.Zero, metrics.Costs.Presales);
        Assert.Equal(new CostTotal(450m, 5m), metrics.Costs.Marketing);
        Assert.Equal(5, metrics.Totals.WonDeals);
    }

    [Fact]
    public void Realized_profit_uses_the_services_gross_margin()
    {
        var metrics = ChannelMetrics.FromDeals("P1", "S", FirstQuarter, Deals, Costs);

        var standard = metrics.Realize();
        Assert.Equal(580m, standard.ProductMarginIncome);
        Assert.Equal(850m, standard.ServicesRevenue);
        Assert.Equal(1950m, standard.PartnerCosts);
        Assert.Equal(-987.5m, standard.RealizedProfit);                       // 580 + 850 × 0.45 − 1950
        Assert.Equal(580m + 425m - 1950m, metrics.Realize(0.5m).RealizedProfit);
    }

    [Fact]
    public void Rollups_give_the_same_metrics_as_raw_deals()
    {
        var rollups = MonthlyRollup.Build(Deals, Costs);
        var months = rollups.Months.Where(m => m.PartnerId == "P1" && m.Solution == "S").ToList();

        var fromRollups = ChannelMetrics.FromRollups(months, FirstQuarter);
        var fromDeals = ChannelMetrics.FromDeals("P1", "S", FirstQuarter, Deals, Costs);

        Assert.Equal(fromDeals.Totals, fromRollups.Totals);
        Assert.Equal(fromDeals, fromRollups);
        Assert.Equal(4, months.Count);                                        // January to April
        Assert.Equal(2, months[0].NewCustomers);
        Assert.Equal(2, months[0].WonNew);
        Assert.Equal(100m + 300m, months[0].MarginIncome);
    }

    [Fact]
    public void Distinct_new_customers_over_months_are_exact_with_the_customer_month_rows()
    {
        // C1 wins a second new deal in February: distinct customers in the quarter stay C1 and C2.
        DealRow[] deals = [.. Deals, Deal("D11", "2025-02-25", DealType.New, "C1", 400m, 0.10m, 0m, 4, DealStatus.Won)];
        var rollups = MonthlyRollup.Build(deals, Costs);
        var months = rollups.Months.Where(m => m.PartnerId == "P1" && m.Solution == "S").ToList();
        var customers = rollups.NewCustomers.Where(c => c.PartnerId == "P1" && c.Solution == "S");

        var exact = NewCustomerMonth.CountDistinct(customers, FirstQuarter);
        var fromDeals = ChannelMetrics.FromDeals("P1", "S", FirstQuarter, deals, Costs);

        Assert.Equal(2, exact);
        Assert.Equal(2m / 3m, fromDeals.NewCustomersPerMonth);
        Assert.Equal(fromDeals, ChannelMetrics.FromRollups(months, FirstQuarter, exact));

        // Without the exact count, the sum of monthly distinct counts counts C1 in January and in February.
        Assert.Equal(3m / 3m, ChannelMetrics.FromRollups(months, FirstQuarter).NewCustomersPerMonth);
    }

    [Fact]
    public void First_new_deal_month_counting_never_counts_a_customer_twice_but_misses_earlier_customers()
    {
        // C1 wins new deals in January and February; C2 only in January.
        DealRow[] deals = [.. Deals, Deal("D11", "2025-02-25", DealType.New, "C1", 400m, 0.10m, 0m, 4, DealStatus.Won)];
        var months = MonthlyRollup.Build(deals, Costs, NewCustomerCounting.FirstNewDealMonth).Months
            .Where(m => m.PartnerId == "P1" && m.Solution == "S").ToList();

        Assert.Equal(2, months[0].NewCustomers);                              // January: C1, C2 first seen
        Assert.Equal(0, months[1].NewCustomers);                              // February: C1 was seen in January
        Assert.Equal(2m / 3m, ChannelMetrics.FromRollups(months, FirstQuarter).NewCustomersPerMonth);

        // A window that starts in February: the raw definition counts C1 (new deal D11), first-month counting does not.
        var february = new MonthWindow(new YearMonth(2025, 2), new YearMonth(2025, 2));
        Assert.Equal(1m, ChannelMetrics.FromDeals("P1", "S", february, deals, Costs).NewCustomersPerMonth);
        Assert.Equal(0m, ChannelMetrics.FromRollups(months, february).NewCustomersPerMonth);
    }

    [Fact]
    public void Ratios_without_deals_have_no_value()
    {
        var metrics = ChannelMetrics.FromDeals("P1", "S", new MonthWindow(new YearMonth(2024, 1), new YearMonth(2024, 12)), Deals, Costs);

        Assert.Equal(12, metrics.Months);
        Assert.Equal(0m, metrics.DealsPerMonth);
        Assert.Null(metrics.AvgProductRevenue);
        Assert.Null(metrics.AvgPartnerMargin);
        Assert.Null(metrics.WinRate);
        Assert.Null(metrics.SeatsPerCustomer);
    }

    [Fact]
    public void Incremental_contributions_add_and_remove_a_deal()
    {
        var d1 = Deals[0];
        var changed = d1 with { ProductRevenue = 1100m };
        var month = PartnerSolutionMonth.ForDeal(d1).Plus(PartnerSolutionMonth.ForDeal(Deals[1]));

        var updated = month.Minus(PartnerSolutionMonth.ForDeal(d1)).Plus(PartnerSolutionMonth.ForDeal(changed));

        Assert.Equal(2, updated.WonNew);
        Assert.Equal(3100m, updated.ProductRevenue);
        Assert.Equal((1100m * 0.10m) + (2000m * 0.15m), updated.MarginIncome);
        Assert.Throws<ArgumentException>(() => month.Plus(PartnerSolutionMonth.ForDeal(Deals[2])));
    }

    [Theory]
    [InlineData("dealsPerMonth", 1.0)]
    [InlineData("WINRATE", 0.6)]
    [InlineData("costs.certification.amount", 1200.0)]
    [InlineData("costs.marketing.hours", 5.0)]
    public void Metrics_can_be_looked_up_by_name(string name, double expected)
    {
        var metrics = ChannelMetrics.FromDeals("P1", "S", FirstQuarter, Deals, Costs);

        Assert.True(metrics.TryGet(name, out var value));
        Assert.Equal((decimal)expected, value);
        Assert.False(metrics.TryGet("costs.gifts.amount", out _));
        Assert.Contains("servicesAttachRate", ChannelMetrics.Names);
    }

    [Fact]
    public void Month_windows_count_whole_calendar_months()
    {
        Assert.Equal(14, new MonthWindow(YearMonth.Parse("2024-11"), YearMonth.Parse("2025-12")).Months);
        Assert.Throws<ArgumentException>(() => new MonthWindow(YearMonth.Parse("2025-02"), YearMonth.Parse("2025-01")));
        Assert.False(YearMonth.TryParse("2025-13", out _));
    }

    private static DealRow Deal(string id, string date, DealType type, string customer, decimal revenue, decimal margin, decimal services, int seats, DealStatus status, string partner = "P1", string solution = "S") =>
        new(id, partner, solution, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), type, customer, revenue, margin, services, seats, status);
}
