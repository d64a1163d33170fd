namespace SamePage.Web.Reports;

/// <summary>
/// Every sentence template of the reports, one dictionary per language, so a test can read the full text and run it
/// through the talk gate. Partner-report sentences speak about the partner's money, effort and customers.
/// Keys: "p." partner report, "s." vendor summary, "chart." chart titles and labels, "col." table columns.
/// </summary>
public static partial class ReportPhrases
{
    private static readonly string[] Labels = ["p.title", "p.subtitle", "p.footer"];

    /// <summary>Keys whose templates are sentences a partner reads (the talk gate's input): not headings, figure labels, title lines.</summary>
    public static IEnumerable<string> PartnerSentenceKeys(IReadOnlyDictionary<string, string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return phrases.Keys.Where(k => k.StartsWith("p.", StringComparison.Ordinal) && !k.StartsWith("p.h.", StringComparison.Ordinal)
            && !k.StartsWith("p.kpi.", StringComparison.Ordinal) && !Labels.Contains(k));
    }

    /// <summary>The full text a partner can read in a report, with placeholders filled by a sample figure, for the talk gate.</summary>
    public static string PartnerText(IReadOnlyDictionary<string, string> phrases) =>
        string.Join(" ", PartnerSentenceKeys(phrases).Select(k => string.Format(System.Globalization.CultureInfo.InvariantCulture, phrases[k], Enumerable.Repeat((object)"1.000 €", 8).ToArray())));
}
