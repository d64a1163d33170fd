using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class CalibrationTests
{
    private static ChannelMetrics Metrics(int wonNew, int lostNew) => ChannelMetrics.FromTotals(
        new ChannelTotals { WonNew = wonNew, LostNew = lostNew, NewCustomers = wonNew, NewUpsellProductRevenue = 1000m * wonNew, NewDealSeats = 5 * wonNew },
        months: 2);

    [Fact]
    public void Replaces_inputs_with_observed_metrics_when_there_are_three_won_deals()
    {
        var result = Calibration.Calibrate(
            Metrics(wonNew: 4, lostNew: 1),
            wonDeals: 4,
            [new("newCustomers", "newCustomersPerMonth", 1.5), new("dealSize", "avgProductRevenue", 800), new("winRate", "winRate", 0.5)]);

        Assert.Equal(2.0, result.Overrides["newCustomers"]);                 // 4 customers / 2 months
        Assert.Equal(1000.0, result.Overrides["dealSize"]);
        Assert.Equal(0.8, result.Overrides["winRate"], 12);                   // 4 / (4 + 1)
        Assert.Equal(new CalibratedInput("dealSize", 800, 1000), result.Calibrated[1]);
        Assert.Empty(result.Flagged);
    }

    [Fact]
    public void Keeps_planned_values_and_flags_inputs_with_fewer_than_three_won_deals()
    {
        var result = Calibration.Calibrate(Metrics(wonNew: 2, lostNew: 0), wonDeals: 2, [new("dealSize", "avgProductRevenue", 800)]);

        Assert.Empty(result.Overrides);
        var flagged = Assert.Single(result.Flagged);
        Assert.Equal(("dealSize", 800.0, 1000.0), (flagged.Name, flagged.Planned, flagged.Observed!.Value));
        Assert.Contains("only 2 won deals", flagged.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_unknown_metrics_and_metrics_without_data()
    {
        var result = Calibration.Calibrate(
            Metrics(wonNew: 3, lostNew: 0),
            wonDeals: 3,
            [new("attach", "servicesAttachRate", 0.3), new("x", "happiness", 1)]);

        Assert.Equal(["attach", "x"], result.Flagged.Select(f => f.Name));
        Assert.Contains("no data", result.Flagged[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a channel metric", result.Flagged[1].Reason, StringComparison.Ordinal);
    }
}
