using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Actuals;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Portal;

/// <summary>The partner's home: what each solution is worth to its own business, next to anonymous peer figures.</summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class IndexModel(SamePageDbContext db, ActualsService actuals, PeerBenchmarks peers, ValueModelStore models, SamePage.Data.Perception.SurveyService surveys) : PageModel
{
    public int OpenSurveys { get; private set; }

    public Partner? Partner { get; private set; }
    public IReadOnlyList<SolutionValue> Solutions { get; private set; } = [];

    public sealed record SolutionValue(string Solution, decimal RealizedProfit, double? FactualNpv, double? PlannedNpv, decimal? PeerMedian, int Peers, int? ModelId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect("/");
        }
        // The query filter already limits partner users to their own partner.
        Partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (Partner is null)
        {
            return Page();
        }
        OpenSurveys = (await surveys.WavesForPartnerAsync(openOnly: true, cancellationToken)).Count;
        var solutionIds = await db.PartnerSolutionMonths.AsNoTracking().Select(r => r.SolutionId).Distinct().ToListAsync(cancellationToken);
        var names = await db.Solutions.AsNoTracking().Where(s => solutionIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        var values = new List<SolutionValue>();
        foreach (var name in names)
        {
            var report = await actuals.ComputeAsync(new ActualsQuery(name) { PartnerExternalId = Partner.ExternalId, Segment = Partner.Segment }, cancellationToken);
            var own = report.Partners.SingleOrDefault();
            var peer = await peers.RealizedProfitAsync(name, Partner.Segment, cancellationToken);
            var model = await models.FindAsync(name, Partner.Segment, cancellationToken) ?? await models.FindAsync(name, null, cancellationToken);
            values.Add(new SolutionValue(name, own?.RealizedProfit ?? 0, own?.FactualNpv, report.PlannedNpv, peer?.RealizedProfit?.Median, peer?.Partners ?? 0, model?.Entity.Id));
        }
        Solutions = values;
        return Page();
    }
}
