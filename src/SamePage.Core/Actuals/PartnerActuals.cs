namespace SamePage.Core.Actuals;

/// <summary>
/// One partner's factual value for a solution over a window, shaped like the "partners" items of
/// `samepage actuals --format json`: {partnerId, name, months, metrics, productMarginIncome, servicesRevenue,
/// partnerCosts, realizedProfit, factualNpv, calibratedInputs}. FactualNpv and CalibratedInputs come from the value
/// engine (null and empty until it has run).
/// </summary>
public sealed record PartnerActuals(
    string PartnerId,
    string Name,
    int Months,
    ChannelMetrics Metrics,
    decimal ProductMarginIncome,
    decimal ServicesRevenue,
    decimal PartnerCosts,
    decimal RealizedProfit,
    double? FactualNpv,
    IReadOnlyList<CalibratedInput> CalibratedInputs)
{
    /// <summary>The partner's actuals before the value engine adds the factual npv and calibrated inputs.</summary>
    public static PartnerActuals From(string partnerId, string name, ChannelMetrics metrics, decimal servicesGrossMargin = RealizedValue.DefaultServicesGrossMargin)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var realized = metrics.Realize(servicesGrossMargin);
        return new PartnerActuals(partnerId, name, metrics.Months, metrics, realized.ProductMarginIncome, realized.ServicesRevenue,
            realized.PartnerCosts, realized.RealizedProfit, null, []);
    }
}
