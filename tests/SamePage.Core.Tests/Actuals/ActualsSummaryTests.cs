using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class ActualsSummaryTests
{
    [Fact]
    public void Summarizes_partners_with_quartiles_of_profit_and_npv()
    {
        var metrics = ChannelMetrics.FromTotals(new ChannelTotals(), 12);
        PartnerActuals Partner(string id, decimal profit, double? npv) =>
            PartnerActuals.From(id, id, metrics) with { RealizedProfit = profit, FactualNpv = npv };

        var summary = ActualsSummary.From(
        [
            Partner("P1", -100m, 10), Partner("P2", 0m, 20), Partner("P3", 50m, null), Partner("P4", 250m, 40),
        ]);

        Assert.Equal(4, summary.Partners);
        Assert.Equal(2, summary.ProfitablePartners);                          // 0 is not a profit
        Assert.Equal(new QuartileSummary(-25m, 25m, 100m), summary.RealizedProfit); // sorted -100, 0, 50, 250
        Assert.Equal(new QuartileSummary(15m, 20m, 30m), summary.FactualNpv);     // 10, 20, 40
        Assert.Equal(0.5m, summary.ProfitableShare);
    }

    [Fact]
    public void Partner_actuals_take_the_realized_value_of_their_metrics()
    {
        var metrics = ChannelMetrics.FromTotals(
            new ChannelTotals { MarginIncome = 1000m, ServicesRevenue = 2000m, Costs = CostsByCategory.Zero.Add(CostCategory.Training, new CostTotal(400m, 8m)) },
            6);

        var partner = PartnerActuals.From("P1", "Nordlicht IT", metrics, servicesGrossMargin: 0.4m);

        Assert.Equal(6, partner.Months);
        Assert.Equal(1000m + 800m - 400m, partner.RealizedProfit);
        Assert.Null(partner.FactualNpv);
    }
}
