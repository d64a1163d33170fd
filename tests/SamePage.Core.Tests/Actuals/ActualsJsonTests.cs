using System.Text.Json;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

/// <summary>The records serialize in the shape of `samepage actuals --format json`.</summary>
public sealed class ActualsJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Partner_actuals_serialize_with_the_issue_field_names()
    {
        var metrics = ChannelMetrics.FromTotals(new ChannelTotals { WonNew = 2, NewCustomers = 2, NewUpsellProductRevenue = 300m, ProductRevenue = 300m, MarginIncome = 30m }, 3);
        var partner = PartnerActuals.From("P1", "Nordlicht IT", metrics) with
        {
            FactualNpv = 1234.5,
            CalibratedInputs = [new CalibratedInput("dealSize", 100, 150)],
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(partner, Web));
        var root = json.RootElement;

        Assert.Equal(
            ["partnerId", "name", "months", "metrics", "productMarginIncome", "servicesRevenue", "partnerCosts", "realizedProfit", "factualNpv", "calibratedInputs"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["newCustomersPerMonth", "dealsPerMonth", "avgProductRevenue", "avgPartnerMargin", "servicesAttachRate", "servicesPerDeal", "seatsPerCustomer", "winRate", "recurringRevenuePerMonth", "costs"],
            root.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
        Assert.Equal(150m, root.GetProperty("metrics").GetProperty("avgProductRevenue").GetDecimal());
        Assert.Equal(1m, root.GetProperty("metrics").GetProperty("winRate").GetDecimal());
        Assert.Equal(0m, root.GetProperty("metrics").GetProperty("costs").GetProperty("certification").GetProperty("amount").GetDecimal());
        Assert.Equal(["name", "planned", "observed"], root.GetProperty("calibratedInputs")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Metrics_without_data_serialize_as_null()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(ChannelMetrics.FromTotals(new ChannelTotals(), 1), Web));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("winRate").ValueKind);
        Assert.Equal(0m, json.RootElement.GetProperty("dealsPerMonth").GetDecimal());
    }

    [Fact]
    public void The_summary_serializes_with_the_issue_field_names()
    {
        var summary = new ActualsSummary(3, 2, new QuartileSummary(1m, 2m, 3m), null);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(summary, Web));

        Assert.Equal(["partners", "profitablePartners", "realizedProfit", "factualNpv"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["p25", "median", "p75"], json.RootElement.GetProperty("realizedProfit").EnumerateObject().Select(p => p.Name));
    }
}
