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

    public static string For(string kind) => s_kinds.GetValueOrDefault(kind, kind);

    public static string ForParameter(string parameter) => s_parameters.GetValueOrDefault(parameter, parameter);
}
