namespace SamePage.Core.Mapping;

/// <summary>
/// Value maps for the enumerations of each kind, for suggesting one when no preset gives it: English and German labels
/// and the internal ids CRMs export, as exact keys and patterns.
/// </summary>
internal static class EnumerationSynonyms
{
    private static readonly Dictionary<string, Dictionary<string, string>> s_maps = new(StringComparer.Ordinal)
    {
        ["status"] = new()
        {
            ["closedwon"] = "won", ["closedlost"] = "lost", ["gewonnen"] = "won", ["verloren"] = "lost",
            ["*won*"] = "won", ["*lost*"] = "lost", ["*gewonnen*"] = "won", ["*verloren*"] = "lost", ["*booked*"] = "won", ["*gebucht*"] = "won",
            ["*open*"] = "skip", ["*offen*"] = "skip", ["*pending*"] = "skip",
        },
        ["type"] = new()
        {
            ["new customer"] = "new", ["new business"] = "new", ["newbusiness"] = "new", ["neukunde"] = "new", ["neugeschäft"] = "new", ["neu"] = "new",
            ["*renew*"] = "renewal", ["*verlängerung*"] = "renewal", ["*upgrade*"] = "upsell", ["*upsell*"] = "upsell", ["*erweiterung*"] = "upsell",
            ["existing*"] = "upsell", ["bestehend*"] = "upsell", ["*recurring*"] = "recurring", ["*monthly*"] = "recurring", ["*monatlich*"] = "recurring",
            ["reseller"] = "reseller", ["wiederverkäufer"] = "reseller", ["fachhändler"] = "reseller", ["value added reseller"] = "var",
            ["managed service provider"] = "msp", ["*managed*"] = "msp", ["system integrator"] = "si", ["systemintegrator"] = "si", ["systemhaus"] = "si",
            ["*integrat*"] = "si", ["distributor"] = "distributor", ["distribution"] = "distributor", ["großhändler"] = "distributor",
        },
        ["category"] = new()
        {
            ["*zertifi*"] = "certification", ["*certif*"] = "certification", ["*schulung*"] = "training", ["*training*"] = "training",
            ["*presales*"] = "presales", ["*pre-sales*"] = "presales", ["*vorverkauf*"] = "presales", ["*marketing*"] = "marketing",
            ["*event*"] = "marketing", ["sonstiges"] = "other", ["sonstige"] = "other",
        },
    };

    /// <summary>The proposed target for a value, or null when nothing fits.</summary>
    public static string? Propose(MappingTarget target, string value)
    {
        var lower = value.Trim().ToLowerInvariant();
        if (target.Allowed.Contains(lower))
        {
            return lower;
        }

        if (!s_maps.TryGetValue(target.Name, out var map))
        {
            return null;
        }

        var proposed = new ValueMap(map).Find(value);
        return proposed is null || proposed == ValueMap.Skip || target.Allowed.Contains(proposed) ? proposed : null;
    }
}
