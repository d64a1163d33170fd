namespace SamePage.Web.Imports;

/// <summary>The UI label (a localization key) of each import kind and parameter; a kind without one shows its name.</summary>
public static class KindLabels
{
    private static readonly Dictionary<string, string> s_kinds = new(StringComparer.Ordinal)
    {
        ["partners"] = "Partners",
        ["deals"] = "Deals",
        ["costs"] = "Partner costs",
        ["measures"] = "Measures",
        ["survey-responses"] = "Survey responses",
    };

    private static readonly Dictionary<string, string> s_parameters = new(StringComparer.Ordinal)
    {
        ["wave"] = "Survey wave (id)",
    };

    private static readonly Dictionary<string, string> s_targets = new(StringComparer.Ordinal)
    {
        ["externalId"] = "External id", ["partnerId"] = "Partner", ["solution"] = "Solution", ["date"] = "Date", ["type"] = "Type",
        ["customerId"] = "Customer", ["productRevenue"] = "Licence revenue", ["partnerMargin"] = "Partner margin",
        ["servicesRevenue"] = "Services revenue", ["seats"] = "Seats", ["status"] = "Status", ["name"] = "Name", ["tier"] = "Tier",
        ["country"] = "Country", ["region"] = "Region", ["segment"] = "Segment", ["crmId"] = "CRM id", ["aliases"] = "Aliases",
        ["category"] = "Category", ["amount"] = "Amount", ["hours"] = "Hours",
    };

    private static readonly Dictionary<string, string> s_values = new(StringComparer.Ordinal)
    {
        ["won"] = "won", ["lost"] = "lost", ["skip"] = "skip the row", ["new"] = "new", ["upsell"] = "upsell", ["renewal"] = "renewal",
        ["recurring"] = "recurring", ["certification"] = "certification", ["training"] = "training", ["presales"] = "presales",
        ["marketing"] = "marketing", ["other"] = "other", ["reseller"] = "Reseller", ["var"] = "VAR", ["msp"] = "MSP", ["si"] = "System integrator",
        ["distributor"] = "Distributor",
    };

    /// <summary>The label keys of every target column and enumeration value the import wizard shows.</summary>
    public static IReadOnlyDictionary<string, string> Targets => s_targets;

    public static IReadOnlyDictionary<string, string> Values => s_values;

    public static string For(string kind) => s_kinds.GetValueOrDefault(kind, kind);

    public static string ForParameter(string parameter) => s_parameters.GetValueOrDefault(parameter, parameter);
}
