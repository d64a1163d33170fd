using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Solutions;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Solutions;

/// <summary>The solutions with their segments and models; channel managers create new ones here.</summary>
public sealed class IndexModel(SamePageDbContext db, SolutionService solutions) : PageModel
{
    public sealed record Row(Solution Solution, int Partners, int Models);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Error { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Currency { get; set; } = "EUR";

    /// <summary>The segments it is sold in, comma-separated (e.g. "MSP, Reseller").</summary>
    [BindProperty] public string? Segments { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        try
        {
            var segments = (Segments ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var solution = await solutions.CreateAsync(new SolutionChange(Name, Description, null, Currency, segments), cancellationToken);
            return Redirect($"/solutions/{solution.Id}");
        }
        catch (SolutionRuleException e)
        {
            Error = e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await db.Solutions.AsNoTracking().Include(s => s.Segments).OrderBy(s => s.ArchivedAt != null).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var partners = await db.PartnerSolutionMonths.AsNoTracking()
            .GroupBy(r => r.SolutionId)
            .Select(g => new { g.Key, Count = g.Select(r => r.PartnerId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var models = await db.ValueModels.AsNoTracking().GroupBy(m => m.SolutionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Rows = [.. all.Select(s => new Row(s, partners.GetValueOrDefault(s.Id), models.GetValueOrDefault(s.Id)))];
    }
}
