using SamePage.Data.Planning;

namespace SamePage.Web.Reports;

/// <summary>"Measures that will raise your value": the vendor's planned and running measures and what each adds to the partner's npv.</summary>
public sealed class MeasuresSection(PlanningService planning) : IReportSection
{
    public ReportKinds Kinds => ReportKinds.Partner | ReportKinds.Summary;

    public int Order => ReportSectionOrder.Measures;

    public async Task<ReportSectionContent?> BuildAsync(ReportSectionRequest request, CancellationToken cancellationToken)
    {
        PlanningContext context;
        try
        {
            context = await planning.ContextAsync(request.Solution, request.Segment ?? "", cancellationToken);
        }
        catch (ArgumentException)
        {
            return null;
        }
        if (context.CurrentPlan.Count == 0)
        {
            return null;
        }
        var de = request.Language.Code == "de";
        var c = request.Language.Culture;
        var rows = context.CurrentPlan
            .Select(m => (Measure: m, Impact: PlanningService.Impact(context, [m], trials: 200)))
            .Where(x => x.Impact.Factual.DeltaNpvPerPartner > 0)
            .OrderByDescending(x => x.Impact.Factual.DeltaNpvPerPartner)
            .Take(8)
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var total = PlanningService.Impact(context, context.CurrentPlan, trials: 200).Factual.DeltaNpvPerPartner;
        var paragraph = de
            ? $"Diese Maßnahmen des Herstellers erhöhen den Kapitalwert Ihres Business Case zusammen um rund {total.ToString("N0", c)} €."
            : $"Together these vendor measures raise the value of your business case by about {total.ToString("N0", c)} €.";
        var table = new ReportTable(
            de ? ["Maßnahme", "Status", "Mehr Wert für Sie"] : ["Measure", "Status", "More value for you"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Measure.Name, Status(r.Measure.Status, de), r.Impact.Factual.DeltaNpvPerPartner.ToString("N0", c) + " €"])],
            [false, false, true]);
        return new ReportSectionContent(de ? "Maßnahmen, die Ihren Wert steigern" : "Measures that raise your value", [paragraph]) { Table = table };
    }

    private static string Status(Data.Entities.MeasureStatus status, bool de) => (status, de) switch
    {
        (Data.Entities.MeasureStatus.Running, true) => "läuft",
        (Data.Entities.MeasureStatus.Planned, true) => "geplant",
        (Data.Entities.MeasureStatus.Done, true) => "umgesetzt",
        (Data.Entities.MeasureStatus.Running, false) => "running",
        (Data.Entities.MeasureStatus.Planned, false) => "planned",
        (Data.Entities.MeasureStatus.Done, false) => "done",
        _ => status.ToString().ToLowerInvariant(),
    };
}
