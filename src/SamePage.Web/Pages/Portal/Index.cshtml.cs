using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Portal;

public sealed class IndexModel(SamePageDbContext db, SamePage.Data.Perception.SurveyService surveys) : PageModel
{
    public int OpenSurveys { get; private set; }

    public Partner? Partner { get; private set; }
    public IReadOnlyList<SolutionValue> Solutions { get; private set; } = [];

    public sealed record SolutionValue(string Solution, int Won, decimal MarginIncome, decimal ServicesRevenue);

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
        var rows = await db.PartnerSolutionMonths.AsNoTracking()
            .Join(db.Solutions, r => r.SolutionId, s => s.Id, (r, s) => new { s.Name, Won = r.WonNew + r.WonUpsell + r.WonRenewal + r.WonRecurring, r.ProductMarginIncome, r.ServicesRevenue })
            .ToListAsync(cancellationToken);
        Solutions = rows.GroupBy(r => r.Name)
            .Select(g => new SolutionValue(g.Key, g.Sum(r => r.Won), g.Sum(r => r.ProductMarginIncome), g.Sum(r => r.ServicesRevenue)))
            .OrderBy(s => s.Solution).ToList();
        return Page();
    }
}
