using System.Text.Json.Serialization;

namespace SamePage.Core.Actuals;

/// <summary>
/// The "summary" of `samepage actuals --format json`: {partners, profitablePartners, realizedProfit:{p25, median, p75},
/// factualNpv:{p25, median, p75}}. A partner is profitable when its realized profit is above 0. Quartiles are type 7
/// (<see cref="Quantiles"/>); factualNpv covers the partners that have one and is null when none has.
/// </summary>
public sealed record ActualsSummary(int Partners, int ProfitablePartners, QuartileSummary? RealizedProfit, QuartileSummary? FactualNpv)
{
    public static ActualsSummary From(IEnumerable<PartnerActuals> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var list = partners as IReadOnlyCollection<PartnerActuals> ?? [.. partners];
        return new ActualsSummary(
            list.Count,
            list.Count(p => p.RealizedProfit > 0m),
            Quantiles.Quartiles(list.Select(p => p.RealizedProfit)),
            Quantiles.Quartiles(list.Where(p => p.FactualNpv is { } npv && double.IsFinite(npv)).Select(p => (decimal)p.FactualNpv!.Value)));
    }

    /// <summary>The share of partners that earn money (0..1), null without partners.</summary>
    [JsonIgnore]
    public decimal? ProfitableShare => Partners == 0 ? null : (decimal)ProfitablePartners / Partners;
}
