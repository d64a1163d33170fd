namespace SamePage.Core.Actuals;

/// <summary>
/// What a partner actually earned with a solution in a window:
/// realizedProfit = productMarginIncome + servicesRevenue × servicesGrossMargin − partnerCosts.
/// </summary>
public sealed record RealizedValue(decimal ProductMarginIncome, decimal ServicesRevenue, decimal PartnerCosts, decimal ServicesGrossMargin)
{
    /// <summary>The default services gross margin of a solution (services earn 30-50 %; 45 % is the setting's default).</summary>
    public const decimal DefaultServicesGrossMargin = 0.45m;

    public decimal RealizedProfit => ProductMarginIncome + (ServicesRevenue * ServicesGrossMargin) - PartnerCosts;

    public static RealizedValue From(ChannelTotals totals, decimal servicesGrossMargin = DefaultServicesGrossMargin)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (servicesGrossMargin < 0m || servicesGrossMargin > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(servicesGrossMargin), servicesGrossMargin, "The services gross margin is a fraction 0..1.");
        }

        return new RealizedValue(totals.MarginIncome, totals.ServicesRevenue, totals.Costs.TotalAmount, servicesGrossMargin);
    }
}
