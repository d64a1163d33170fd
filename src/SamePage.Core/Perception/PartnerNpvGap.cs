namespace SamePage.Core.Perception;

/// <summary>
/// Perceived minus factual npv of one partner. The factual npv comes from the actuals (or stored values): this is the
/// seam between the two, pairing partners that have both figures.
/// </summary>
public sealed record PartnerNpvGap(string PartnerId, double PerceivedNpv, double FactualNpv)
{
    public double Gap => PerceivedNpv - FactualNpv;

    /// <summary>One gap per partner present in both maps, ordered by partner id.</summary>
    public static IReadOnlyList<PartnerNpvGap> Pair(IReadOnlyDictionary<string, double> perceived, IReadOnlyDictionary<string, double> factual)
    {
        ArgumentNullException.ThrowIfNull(perceived);
        ArgumentNullException.ThrowIfNull(factual);
        return
        [
            .. perceived
                .Where(p => factual.ContainsKey(p.Key))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PartnerNpvGap(p.Key, p.Value, factual[p.Key])),
        ];
    }
}
