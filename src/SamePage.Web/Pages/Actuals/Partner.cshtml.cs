using SamePage.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Web.Charts;
using SamePage.Data.Queries;

namespace SamePage.Web.Pages.Actuals;

/// <summary>One partner's realized value per month and its factual business case; partner users reach only their own.</summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class PartnerModel(SamePageDbContext db, ActualsService actuals, PeerBenchmarks peers, IStringLocalizer<SharedResource> l) : PageModel
{
    public string PartnerName { get; private set; } = "";
    public string ExternalId { get; private set; } = "";
    public string Solution { get; private set; } = "";
    public PartnerActuals? Actuals { get; private set; }
    public MonthWindow? Window { get; private set; }
    public double? PlannedNpv { get; private set; }
    public string MonthlySvg { get; private set; } = "";
    public ActualsSummary? Peers { get; private set; }

    public async Task<IActionResult> OnGetAsync(string externalId, string? solution, CancellationToken cancellationToken)
    {
        // The query filter hides other partners from partner users: they get 404.
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalId == externalId, cancellationToken);
        var solutionRow = solution is null ? null : await db.FindSolutionAsync(solution, cancellationToken);
        if (partner is null || solutionRow is null)
        {
            return NotFound();
        }
        PartnerName = partner.Name;
        ExternalId = partner.ExternalId;
        Solution = solutionRow.Name;
        var report = await actuals.ComputeAsync(new ActualsQuery(solutionRow.Name) { PartnerExternalId = externalId, Segment = partner.Segment }, cancellationToken);
        Actuals = report.Partners.SingleOrDefault();
        Window = report.Window;
        PlannedNpv = report.PlannedNpv;
        Peers = await peers.RealizedProfitAsync(solutionRow.Name, partner.Segment, cancellationToken);
        var margin = (double)solutionRow.ServicesGrossMargin;
        var months = await db.PartnerSolutionMonths.AsNoTracking().Where(r => r.PartnerId == partner.Id && r.SolutionId == solutionRow.Id).OrderBy(r => r.Month)
            .Select(r => new { r.Month, Margin = (double)r.ProductMarginIncome, Services = (double)r.ServicesRevenue,
                Costs = (double)r.CostCertification + (double)r.CostTraining + (double)r.CostPresales + (double)r.CostMarketing + (double)r.CostOther })
            .ToListAsync(cancellationToken);
        MonthlySvg = ChartStyle.Svg(ActualsCharts.MonthlyValue([.. months.Select(m => (m.Month, m.Margin, m.Services * margin, m.Costs))],
            l["Realized value per month"], l["Margin income"], l["Services gross profit"], l["Partner costs"], l["Profit"]), 900, 340);
        return Page();
    }
}
