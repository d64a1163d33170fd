using System.Globalization;

namespace SamePage.Web.Reports;

/// <summary>Download links of the PDF reports, in the UI language.</summary>
public static class ReportLinks
{
    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? "de" : "en";

    public static string Partner(string externalId, string solution) =>
        $"/api/v1/reports/partner?partner={Uri.EscapeDataString(externalId)}&solution={Uri.EscapeDataString(solution)}&lang={Language}";

    public static string Summary(string solution, string? segment) =>
        $"/api/v1/reports/summary?solution={Uri.EscapeDataString(solution)}" + (string.IsNullOrEmpty(segment) ? "" : $"&segment={Uri.EscapeDataString(segment)}") + $"&lang={Language}";
}
