using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Pages.Solutions;

public sealed class IndexModel(SamePageDbContext db) : PageModel
{
    public sealed record Row(Solution Solution, int Partners);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var partners = await db.PartnerSolutionMonths.AsNoTracking()
            .GroupBy(r => r.SolutionId)
            .Select(g => new { g.Key, Count = g.Select(r => r.PartnerId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Rows = solutions.Select(s => new Row(s, partners.GetValueOrDefault(s.Id))).ToList();
    }
}
