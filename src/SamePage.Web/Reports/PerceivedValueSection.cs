using System.Globalization;
using SamePage.Data.Perception;

namespace SamePage.Web.Reports;

/// <summary>
/// "What you believe the solution is worth": the partner's own perceived npv next to its factual one (when the
/// viewer may see per-partner gaps), the segment's perceived median, and the biggest blind spot in money terms.
/// </summary>
public sealed class PerceivedValueSection(PerceptionResults results) : IReportSection
{
    public ReportKinds Kinds => ReportKinds.Partner | ReportKinds.Summary;

    public int Order => ReportSectionOrder.PerceivedValue;

    public async Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken)
    {
        var view = await results.ComputeAsync(request.Solution, request.Segment, null, cancellationToken);
        if (view is null || view.Hidden)
        {
            return null;
        }
        var de = request.Language.Code == "de";
        var c = request.Language.Culture;
        string Euro(double v) => v.ToString("N0", c) + " €";
        var paragraphs = new List<string>();
        if (request.PartnerExternalId is { } partner && view.PartnerGaps.FirstOrDefault(g => g.PartnerId == partner) is { } own)
        {
            paragraphs.Add(de
                ? $"Nach Ihrer eigenen Einschätzung ist Ihr Business Case {Euro(own.PerceivedNpv)} wert; Ihre tatsächlichen Zahlen ergeben {Euro(own.FactualNpv)}."
                : $"By your own estimate your business case is worth {Euro(own.PerceivedNpv)}; your actual figures put it at {Euro(own.FactualNpv)}.");
        }
        if (view.Report.Npv.PerceivedMedian is { } perceived)
        {
            paragraphs.Add(de
                ? $"Partner Ihres Segments schätzen den Kapitalwert ihres Business Case im Median auf {Euro(perceived)} ({view.Report.Respondents} Antworten)."
                : $"Partners in your segment put the value of their business case at a median of {Euro(perceived)} ({view.Report.Respondents} answers).");
        }
        if (view.TalkingPoints.FirstOrDefault() is { } blind && blind.RelativeGap is { } gap && blind.HiddenNpv > 0)
        {
            var label = (de ? blind.Label.De ?? blind.Label.En : blind.Label.En ?? blind.Label.De) ?? blind.Input;
            paragraphs.Add(de
                ? $"Partner unterschätzen „{label}“ um {Math.Abs(gap).ToString("P0", c)}: dieser Werttreiber bringt Ihnen rund {Euro(blind.HiddenNpv)} mehr, als erwartet."
                : $"Partners underestimate \"{label}\" by {Math.Abs(gap).ToString("P0", c)}: this value driver earns you about {Euro(blind.HiddenNpv)} more than expected.");
        }
        return paragraphs.Count == 0 ? null : new ReportSectionContent(de ? "Ihr wahrgenommener Wert" : "The value you perceive", paragraphs);
    }
}
