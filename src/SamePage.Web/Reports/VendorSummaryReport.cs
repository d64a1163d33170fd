using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Data.Values;
using SamePage.Web.Charts;

namespace SamePage.Web.Reports;

/// <summary>
/// The management summary per solution and segment (vendor roles only): planned vs factual partner business value,
/// the target and the chance to reach it, the distribution across partners, planned vs observed inputs, top and
/// bottom partners, and the registered summary sections.
/// </summary>
public sealed class VendorSummaryReport(SamePageDbContext db, ValueModelStore models, TargetStore targets, ActualsService actuals, IEnumerable<IReportSection> sections)
{
    public const int TopBottom = 5;

    /// <summary>The summary as PDF, or null when the solution does not exist.</summary>
    public async Task<byte[]?> RenderAsync(string solution, string? segment, ReportLanguage l, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(l);
        var solutionRow = await PartnerReportService.FindSolutionAsync(db, solution, cancellationToken);
        if (solutionRow is null)
        {
            return null;
        }
        segment = string.IsNullOrWhiteSpace(segment) ? null : segment;
        var report = await actuals.ComputeAsync(new ActualsQuery(solutionRow.Name) { Segment = segment }, cancellationToken);
        var stored = await models.FindAsync(solutionRow.Name, segment, cancellationToken);
        var model = stored?.Model;
        var modelSegment = stored?.Entity.Segment ?? segment ?? "";
        var target = await targets.CurrentAsync(solutionRow.Id, modelSegment, cancellationToken);
        var vendor = await db.VendorSettings.AsNoTracking().OrderBy(v => v.Id).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) ?? "SamePage";
        var targetNpv = (double?)target?.FactualNpv;
        var planned = model?.Evaluate().Npv;
        var chance = TargetStore.Chance(model, targetNpv);
        var s = report.Summary;
        var factual = report.Partners.Where(p => p.FactualNpv is { } v && double.IsFinite(v)).Select(p => p.FactualNpv!.Value).ToList();
        var date = l.Date(PartnerReportService.Today());
        var scope = segment ?? modelSegment;
        var blocks = new List<ReportBlock> { new ParagraphBlock(l.T("s.intro", solutionRow.Name)) };

        if (report.Window is null || s.Partners == 0)
        {
            blocks.Add(new ParagraphBlock(l.T("s.none", solutionRow.Name)));
            // Before the first deal the plan and the target still stand: the same target and chance as every other page.
            blocks.Add(new KpiBlock(
            [
                new(planned is { } p ? l.Money(p) : "–", l.T("s.kpi.planned")),
                new(targetNpv is { } tn ? l.Money(tn) : "–", l.T("s.kpi.target")),
                new(chance is { } c ? l.Percent(c) : "–", l.T("s.kpi.chance")),
            ]));
        }
        else
        {
            blocks.Add(new KpiBlock(
            [
                new(s.FactualNpv is { } fq ? l.Money(fq.Median) : "–", l.T("s.kpi.median"), s.FactualNpv is { } f && targetNpv is { } t ? (double)f.Median >= t : null),
                new(planned is { } p ? l.Money(p) : "–", l.T("s.kpi.planned")),
                new(targetNpv is { } tn ? l.Money(tn) : "–", l.T("s.kpi.target")),
                new(l.Percent((double)(s.ProfitableShare ?? 0)), l.T("s.kpi.share")),
                new(chance is { } c ? l.Percent(c) : "–", l.T("s.kpi.chance")),
            ]));
            blocks.Add(new HeadingBlock(l.T("s.h.value")));
            var sentences = new List<string>();
            if (s.FactualNpv is { } npv && planned is { } plannedNpv)
            {
                sentences.Add(l.T("s.factual", l.Money(npv.Median), l.Money(npv.P25), l.Money(npv.P75), l.Money(plannedNpv)));
            }
            if (s.RealizedProfit is { } profit)
            {
                sentences.Add(l.T("s.profit", report.Window.Months, l.Money(profit.Median), l.Money(profit.P25), l.Money(profit.P75), s.ProfitablePartners, s.Partners, l.Percent((double)(s.ProfitableShare ?? 0))));
            }
            blocks.Add(new ParagraphBlock(string.Join(" ", sentences)));

            blocks.Add(new HeadingBlock(l.T("s.h.target")));
            if (targetNpv is { } tv)
            {
                var above = factual.Count(v => v >= tv);
                blocks.Add(new ParagraphBlock(l.T("s.target", l.Money(tv), target is null ? "–" : l.Date(target.DueDate), above, factual.Count,
                    l.Percent(factual.Count == 0 ? 0 : (double)above / factual.Count), chance is { } ch ? l.Percent(ch) : "–")));
            }
            else
            {
                blocks.Add(new ParagraphBlock(l.T("s.notarget")));
            }
            if (factual.Count > 0)
            {
                blocks.Add(new ParagraphBlock(l.T("s.distribution")));
                var q = s.FactualNpv;
                var chart = l.InCulture(() => ChartStyle.Jpeg(ActualsCharts.Distribution(factual, l.T("chart.distribution"), l.T("chart.distribution.axis"),
                    (double?)q?.P25, (double?)q?.Median, (double?)q?.P75, targetNpv, l.T("chart.target")), ReportCharts.Width, ReportCharts.Height));
                blocks.Add(new ImageBlock(chart, ReportCharts.Aspect));
            }

            if (report.Inputs.Count > 0)
            {
                blocks.Add(new HeadingBlock(l.T("s.h.inputs")));
                blocks.Add(new ParagraphBlock(l.T("s.inputs")));
                string Label(string name) => model?.Document.Inputs.FirstOrDefault(i => i.Name == name)?.Label?.For(l.Code) ?? name;
                blocks.Add(new TableBlock(new ReportTable(
                    [l.T("col.assumption"), l.T("col.planned"), "P25", l.T("col.median"), "P75", l.T("col.partners")],
                    [.. report.Inputs.Select(i => (IReadOnlyList<string>)
                    [
                        Label(i.Input), l.Number(i.Planned), Opt(i.ObservedP25), Opt(i.ObservedMedian), Opt(i.ObservedP75), i.Partners.ToString(l.Culture),
                    ])],
                    [false, true, true, true, true, true])));
            }

            var ranked = report.Partners.OrderByDescending(p => p.FactualNpv ?? double.MinValue).ThenByDescending(p => p.RealizedProfit).ToList();
            blocks.Add(new HeadingBlock(l.T("s.h.top")));
            blocks.Add(new TableBlock(PartnerTable(ranked.Take(TopBottom), report, l)));
            if (ranked.Count > TopBottom)
            {
                blocks.Add(new HeadingBlock(l.T("s.h.bottom")));
                blocks.Add(new TableBlock(PartnerTable(ranked.Skip(Math.Max(TopBottom, ranked.Count - TopBottom)).Reverse(), report, l)));
            }
        }

        var built = await ReportSections.BuildAsync(sections, new ReportSectionRequest(ReportKinds.Summary, solutionRow.Name, segment, null, l), cancellationToken);
        foreach (var section in built)
        {
            blocks.AddRange(section.Blocks());
        }
        var title = scope.Length == 0 ? l.T("s.title.all", solutionRow.Name) : l.T("s.title", solutionRow.Name, scope);
        return PdfReportWriter.Write(new ReportDocument(title,
            l.T("s.subtitle", s.Partners, report.Window?.ToString() ?? "–", date),
            l.T("s.footer", vendor, solutionRow.Name + (scope.Length == 0 ? "" : " · " + scope), date), blocks));

        string Opt(double? value) => value is { } v ? l.Number(v) : "–";
    }

    private static ReportTable PartnerTable(IEnumerable<PartnerActuals> partners, ActualsReport report, ReportLanguage l) => new(
        [l.T("col.partner"), l.T("col.profit"), l.T("col.npv"), l.T("col.deals")],
        [.. partners.Select(p => (IReadOnlyList<string>)
        [
            $"{p.Name} ({p.PartnerId})", l.Money(p.RealizedProfit), p.FactualNpv is { } n ? l.Money(n) : "–", report.WonDeals.GetValueOrDefault(p.PartnerId).ToString(l.Culture),
        ])],
        [false, true, true, true]);
}
