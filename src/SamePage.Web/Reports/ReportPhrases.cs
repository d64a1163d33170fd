namespace SamePage.Web.Reports;

/// <summary>
/// Every sentence template of the reports, one dictionary per language, so a test can read the full text and run it
/// through the talk gate. Partner-report sentences speak about the partner's money, effort and customers.
/// Keys: "p." partner report, "s." vendor summary, "chart." chart titles and labels, "col." table columns.
/// </summary>
public static partial class ReportPhrases
{
    /// <summary>Keys whose templates are sentences a partner reads (the talk gate's input).</summary>
    public static IEnumerable<string> PartnerSentenceKeys(IReadOnlyDictionary<string, string> phrases) =>
        phrases.Keys.Where(k => k.StartsWith("p.", StringComparison.Ordinal) && !k.StartsWith("p.h.", StringComparison.Ordinal) && !k.StartsWith("p.kpi.", StringComparison.Ordinal));
}
