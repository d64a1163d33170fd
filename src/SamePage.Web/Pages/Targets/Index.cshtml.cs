using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using SamePage.Web.Api;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Targets;

public sealed class IndexModel(SamePageDbContext db, ValueModelStore store) : PageModel
{
    public sealed record Row(TargetDto Target, double? PlannedNpv, double? Probability);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Solution> Solutions { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Error { get; private set; }

    [BindProperty] public int SolutionId { get; set; }
    [BindProperty] public string? Segment { get; set; }
    [BindProperty] public DateOnly? DueDate { get; set; }
    [BindProperty] public decimal? FactualNpv { get; set; }
    [BindProperty] public decimal? PerceivedNpv { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        if (DueDate is null || (FactualNpv is null && PerceivedNpv is null) || !await db.Solutions.AnyAsync(s => s.Id == SolutionId, cancellationToken))
        {
            Error = "Choose a solution, a due date and at least one target value.";
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.Targets.Add(new Target { SolutionId = SolutionId, Segment = Segment?.Trim() ?? "", DueDate = DueDate.Value, FactualNpv = FactualNpv, PerceivedNpv = PerceivedNpv, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Include(t => t.Solution).OrderBy(t => t.Solution!.Name).ThenBy(t => t.DueDate).ToListAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var t in targets)
        {
            var dto = new TargetDto(t.Id, t.SolutionId, t.Solution!.Name, t.Segment, t.DueDate, t.FactualNpv, t.PerceivedNpv, t.PerceivedOverall);
            var model = await store.FindAsync(t.Solution.Name, t.Segment, cancellationToken) is { } stored ? stored.Model : null;
            var probability = TargetStore.Chance(model, (double?)t.FactualNpv);
            rows.Add(new Row(dto, model?.Evaluate().Npv, probability));
        }
        Rows = rows;
    }
}
