using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Pages.Partners;

public sealed class DetailModel(SamePageDbContext db) : PageModel
{
    public Partner Partner { get; private set; } = null!;
    public IReadOnlyList<SolutionDeals> Deals { get; private set; } = [];

    public sealed record SolutionDeals(string Solution, int Won, decimal ProductRevenue, decimal ServicesRevenue);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }
        Partner = partner;
        var rows = await db.PartnerSolutionMonths.AsNoTracking().Where(r => r.PartnerId == id)
            .Join(db.Solutions, r => r.SolutionId, s => s.Id, (r, s) => new { s.Name, r.WonNew, r.WonUpsell, r.WonRenewal, r.WonRecurring, r.ProductRevenue, r.ServicesRevenue })
            .ToListAsync(cancellationToken);
        Deals = rows.GroupBy(r => r.Name)
            .Select(g => new SolutionDeals(g.Key, g.Sum(r => r.WonNew + r.WonUpsell + r.WonRenewal + r.WonRecurring), g.Sum(r => r.ProductRevenue), g.Sum(r => r.ServicesRevenue)))
            .OrderBy(d => d.Solution).ToList();
        return Page();
    }
}
