using System.Text.Json.Serialization;

namespace SamePage.Core.Actuals;

/// <summary>
/// The channel metrics of one partner × solution over a window of whole calendar months, exactly as issue 4 defines
/// them (over won deals unless said otherwise). A ratio whose denominator is 0 is null ("no data"), never 0.
/// Computed in decimal, so the rollup path and the raw-deal path agree to the last digit.
/// </summary>
public sealed record ChannelMetrics
{
    /// <summary>The metric names an input's "actual" may name (cost names are costs.&lt;category&gt;.amount|hours).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "newCustomersPerMonth", "dealsPerMonth", "avgProductRevenue", "avgPartnerMargin", "servicesAttachRate",
        "servicesPerDeal", "seatsPerCustomer", "winRate", "recurringRevenuePerMonth",
        .. Enum.GetNames<CostCategory>().SelectMany(c => new[] { $"costs.{c.ToLowerInvariant()}.amount", $"costs.{c.ToLowerInvariant()}.hours" }),
    ];

    /// <summary>The totals the metrics were derived from.</summary>
    [JsonIgnore]
    public ChannelTotals Totals { get; init; } = new();

    /// <summary>Calendar months in the window.</summary>
    [JsonIgnore]
    public int Months { get; init; }

    /// <summary>Distinct customerId with a won new deal / months.</summary>
    public decimal NewCustomersPerMonth { get; init; }

    /// <summary>Won deals of type new or upsell / months.</summary>
    public decimal DealsPerMonth { get; init; }

    /// <summary>Mean productRevenue of won new and upsell deals.</summary>
    public decimal? AvgProductRevenue { get; init; }

    /// <summary>Σ(productRevenue × partnerMargin) / Σ productRevenue, won deals of every type.</summary>
    public decimal? AvgPartnerMargin { get; init; }

    /// <summary>Σ servicesRevenue / Σ productRevenue, won deals of every type.</summary>
    public decimal? ServicesAttachRate { get; init; }

    /// <summary>Σ servicesRevenue (won deals of every type) / won new-or-upsell deals.</summary>
    public decimal? ServicesPerDeal { get; init; }

    /// <summary>Σ seats of won new deals / won new deals.</summary>
    public decimal? SeatsPerCustomer { get; init; }

    /// <summary>won / (won + lost), new and upsell deals only.</summary>
    public decimal? WinRate { get; init; }

    /// <summary>Σ productRevenue of won recurring rows / months.</summary>
    public decimal RecurringRevenuePerMonth { get; init; }

    /// <summary>Partner costs by category: sums of amount and hours in the window.</summary>
    public CostsByCategory Costs { get; init; } = CostsByCategory.Zero;

    /// <summary>The metrics of the totals over a window of <paramref name="months"/> months.</summary>
    public static ChannelMetrics FromTotals(ChannelTotals totals, int months)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var newOrUpsell = totals.WonNewOrUpsell;
        return new ChannelMetrics
        {
            Totals = totals,
            Months = months,
            NewCustomersPerMonth = (decimal)totals.NewCustomers / months,
            DealsPerMonth = (decimal)newOrUpsell / months,
            AvgProductRevenue = Ratio(totals.NewUpsellProductRevenue, newOrUpsell),
            AvgPartnerMargin = Ratio(totals.MarginIncome, totals.ProductRevenue),
            ServicesAttachRate = Ratio(totals.ServicesRevenue, totals.ProductRevenue),
            ServicesPerDeal = Ratio(totals.ServicesRevenue, newOrUpsell),
            SeatsPerCustomer = Ratio(totals.NewDealSeats, totals.WonNew),
            WinRate = Ratio(newOrUpsell, newOrUpsell + totals.LostNewOrUpsell),
            RecurringRevenuePerMonth = totals.RecurringRevenue / months,
            Costs = totals.Costs,
        };
    }

    /// <summary>Metrics from monthly rollups; see <see cref="ChannelTotals.FromRollups"/> for distinct new customers.</summary>
    public static ChannelMetrics FromRollups(IEnumerable<PartnerSolutionMonth> months, MonthWindow window, int? distinctNewCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        return FromTotals(ChannelTotals.FromRollups(months, window, distinctNewCustomers), window.Months);
    }

    /// <summary>Metrics from raw rows of one partner × solution (other partners' and solutions' rows are ignored).</summary>
    public static ChannelMetrics FromDeals(string partnerId, string solution, MonthWindow window, IEnumerable<DealRow> deals, IEnumerable<CostRow> costs)
    {
        ArgumentNullException.ThrowIfNull(window);
        return FromTotals(ChannelTotals.FromDeals(partnerId, solution, window, deals, costs), window.Months);
    }

    /// <summary>The value of a metric by its name (case-insensitive); false when no metric has that name.</summary>
    public bool TryGet(string name, out decimal? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = null;
        switch (name.Trim().ToLowerInvariant())
        {
            case "newcustomerspermonth": value = NewCustomersPerMonth; return true;
            case "dealspermonth": value = DealsPerMonth; return true;
            case "avgproductrevenue": value = AvgProductRevenue; return true;
            case "avgpartnermargin": value = AvgPartnerMargin; return true;
            case "servicesattachrate": value = ServicesAttachRate; return true;
            case "servicesperdeal": value = ServicesPerDeal; return true;
            case "seatspercustomer": value = SeatsPerCustomer; return true;
            case "winrate": value = WinRate; return true;
            case "recurringrevenuepermonth": value = RecurringRevenuePerMonth; return true;
            default: return TryGetCost(name, out value);
        }
    }

    /// <summary>Realized value with the solution's services gross margin (default 0.45).</summary>
    public RealizedValue Realize(decimal servicesGrossMargin = RealizedValue.DefaultServicesGrossMargin) =>
        RealizedValue.From(Totals, servicesGrossMargin);

    private bool TryGetCost(string name, out decimal? value)
    {
        value = null;
        var parts = name.Trim().Split('.');
        if (parts.Length != 3 || !parts[0].Equals("costs", StringComparison.OrdinalIgnoreCase)
            || !Enum.TryParse<CostCategory>(parts[1], ignoreCase: true, out var category) || int.TryParse(parts[1], out _))
        {
            return false;
        }

        var total = Costs[category];
        if (parts[2].Equals("amount", StringComparison.OrdinalIgnoreCase))
        {
            value = total.Amount;
            return true;
        }

        if (parts[2].Equals("hours", StringComparison.OrdinalIgnoreCase))
        {
            value = total.Hours;
            return true;
        }

        return false;
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0m ? null : numerator / denominator;
}
