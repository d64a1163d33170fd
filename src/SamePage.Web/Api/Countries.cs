using System.Globalization;

namespace SamePage.Web.Api;

public static class Countries
{
    private static readonly HashSet<string> s_codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return ""; } })
        .Where(c => c.Length == 2)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsIsoAlpha2(string code) => code.Length == 2 && s_codes.Contains(code);
}
