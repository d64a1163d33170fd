using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using SamePage.Data.Queries;

namespace SamePage.Web.Reports;

/// <summary>
/// Partner business value reports as PDF. Everything partner-owned is read through the scoped context, so a
/// partner user reaches only their own partner (others are "not found"); peers come from <see cref="PeerBenchmarks"/>
/// as aggregates over at least the anonymity threshold.
/// </summary>
public sealed class PartnerReportService(SamePageDbContext db, ValueModelStore models, TargetStore targets, ActualsService actuals, PeerBenchmarks peers, IEnumerable<IReportSection> sections)
{
    /// <summary>The report as PDF, or null when the partner or solution is not visible to the current actor.</summary>
    public async Task<byte[]?> RenderAsync(string partnerExternalId, string solution, ReportLanguage language, CancellationToken cancellationToken = default)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalId == partnerExternalId, cancellationToken);
        var solutionRow = await FindSolutionAsync(db, solution, cancellationToken);
        if (partner is null || solutionRow is null)
        {
            return null;
        }
        var plan = await PlanAsync(solutionRow, partner.Segment, cancellationToken);
        var report = await actuals.ComputeAsync(new ActualsQuery(solutionRow.Name) { PartnerExternalId = partner.ExternalId, Segment = partner.Segment }, cancellationToken);
        var own = report.Partners.SingleOrDefault();
        var months = report.Window is null ? [] : (await MonthsAsync(db, solutionRow, report.Window, [partner.Id], cancellationToken)).GetValueOrDefault(partner.Id) ?? [];
        var input = new PartnerReportInput(partner.ExternalId, partner.Name, plan, report.Window, own,
            own is null ? 0 : report.WonDeals.GetValueOrDefault(own.PartnerId), months, Today());
        var built = await ReportSections.BuildAsync(sections, new ReportSectionRequest(ReportKinds.Partner, solutionRow.Name, partner.Segment, partner.ExternalId, language) { FactualNpv = own?.FactualNpv }, cancellationToken);
        return PdfReportWriter.Write(PartnerReportComposer.Compose(input, language, built));
    }

    /// <summary>The shared pieces for a solution and segment: model (segment's, else the solution's default), target, peers.</summary>
    public async Task<ReportPlan> PlanAsync(Solution solution, string segment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var stored = await models.FindAsync(solution.Name, segment.Length == 0 ? null : segment, cancellationToken)
            ?? await models.FindAsync(solution.Name, null, cancellationToken);
        var model = stored?.Model;
        // The report is for the partner: it names the target only when the vendor shared it.
        var target = await targets.VisibleAsync(solution.Id, segment, toPartners: true, cancellationToken);
        var settings = await db.VendorSettings.AsNoTracking().OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        var peerSummary = await peers.RealizedProfitAsync(solution.Name, segment, cancellationToken);
        return new ReportPlan(settings?.Name ?? "SamePage", solution.Name, segment, model, target?.DueDate, (double?)target?.FactualNpv, peerSummary,
            settings?.AnonymityThreshold ?? 5, solution.ServicesGrossMargin);
    }

    internal static Task<Solution?> FindSolutionAsync(SamePageDbContext db, string solution, CancellationToken cancellationToken) =>
        db.FindSolutionAsync(solution, cancellationToken);

    internal static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Realized value per month of the given partners in the window, in one query.</summary>
    internal static async Task<Dictionary<int, IReadOnlyList<MonthlyValue>>> MonthsAsync(SamePageDbContext db, Solution solution, MonthWindow window, IReadOnlyCollection<int>? partnerIds, CancellationToken cancellationToken)
    {
        var first = window.From.FirstDay;
        var last = window.To.FirstDay;
        var rows = db.PartnerSolutionMonths.AsNoTracking().Where(r => r.SolutionId == solution.Id && r.Month >= first && r.Month <= last);
        if (partnerIds is not null)
        {
            rows = rows.Where(r => partnerIds.Contains(r.PartnerId));
        }
        var margin = (double)solution.ServicesGrossMargin;
        var list = await rows.Select(r => new
        {
            r.PartnerId, r.Month, Margin = (double)r.ProductMarginIncome, Services = (double)r.ServicesRevenue,
            Costs = (double)r.CostCertification + (double)r.CostTraining + (double)r.CostPresales + (double)r.CostMarketing + (double)r.CostOther,
        }).ToListAsync(cancellationToken);
        return list.GroupBy(r => r.PartnerId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<MonthlyValue>)[.. g.OrderBy(r => r.Month).Select(r => new MonthlyValue(r.Month, r.Margin, r.Services * margin, r.Costs))]);
    }
}
