using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Solutions;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Solutions;

/// <summary>One solution: rename, describe, currency, its segments (add, remove unless in use), its models, archive or restore.</summary>
public sealed class DetailModel(SamePageDbContext db, SolutionService solutions) : PageModel
{
    public sealed record ModelRow(int Id, string Segment, int Version);

    public Solution Solution { get; private set; } = null!;
    public IReadOnlyList<ModelRow> Models { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Error { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Currency { get; set; }

    /// <summary>Services gross margin in percent (45 = 45 %), as people type it.</summary>
    [BindProperty] public decimal? ServicesMarginPercent { get; set; }
    [BindProperty] public string? Segment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await solutions.UpdateAsync(id, new SolutionChange(Name, Description ?? "", ServicesMarginPercent / 100m, Currency), cancellationToken) is not null, cancellationToken);

    public Task<IActionResult> OnPostAddSegmentAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await solutions.AddSegmentAsync(id, Segment, cancellationToken) is not null, cancellationToken);

    public Task<IActionResult> OnPostRemoveSegmentAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => solutions.RemoveSegmentAsync(id, Segment ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(int id, bool archived, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await solutions.UpdateAsync(id, new SolutionChange(null, Archived: archived), cancellationToken) is not null, cancellationToken);

    private async Task<IActionResult> ChangeAsync(int id, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        try
        {
            if (!await change())
            {
                return NotFound();
            }
            return Redirect($"/solutions/{id}");
        }
        catch (SolutionRuleException e)
        {
            Error = e.Message;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await solutions.GetAsync(id, cancellationToken) is not { } solution)
        {
            return false;
        }
        Solution = solution;
        Models = await db.ValueModels.AsNoTracking().Where(m => m.SolutionId == id).OrderBy(m => m.Segment)
            .Select(m => new ModelRow(m.Id, m.Segment, m.CurrentVersion)).ToListAsync(cancellationToken);
        return true;
    }
}
