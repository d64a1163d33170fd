using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data;
using Microsoft.Extensions.Localization;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Data.Values;
using SamePage.Web.Api;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Targets;

public sealed class IndexModel(SamePageDbContext db, ValueModelStore store, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed record Row(TargetDto Target, double? PlannedNpv, double? Probability);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>A solution × segment a target can be set for (segment "" = all segments), with the model's own target as default.</summary>
    public sealed record TargetScope(int SolutionId, string SolutionName, string Segment, double? DefaultNpv)
    {
        public string Value => $"{SolutionId}|{Segment}";
    }

    public IReadOnlyList<TargetScope> Scopes { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Error { get; private set; }

    /// <summary>"solutionId|segment"; preselected by ?solution=ID&amp;segment=NAME links from the model builder.</summary>
    [BindProperty] public string? Scope { get; set; }
    [BindProperty] public DateOnly? DueDate { get; set; }
    [BindProperty] public decimal? FactualNpv { get; set; }
    [BindProperty] public decimal? PerceivedNpv { get; set; }
    [BindProperty] public bool SharedWithPartners { get; set; }

    public Task OnGetAsync(int? solution, string? segment, CancellationToken cancellationToken)
    {
        Scope = solution is { } id ? $"{id}|{segment?.Trim()}" : null;
        return LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        await LoadAsync(cancellationToken);
        var scope = Scopes.FirstOrDefault(s => s.Value == Scope);
        if (DueDate is null || (FactualNpv is null && PerceivedNpv is null) || scope is null)
        {
            Error = localizer["Choose a solution and segment, a due date and at least one target value."];
            return Page();
        }
        db.Targets.Add(new Target { SolutionId = scope.SolutionId, Segment = scope.Segment, DueDate = DueDate.Value, FactualNpv = FactualNpv, PerceivedNpv = PerceivedNpv, SharedWithPartners = SharedWithPartners, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    /// <summary>Shares a target with partners or takes it back (they then see no target, as if there were none).</summary>
    public async Task<IActionResult> OnPostShareAsync(int id, bool share, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }
        target.SharedWithPartners = share;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var solutions = await db.Solutions.AsNoTracking().Where(s => s.ArchivedAt == null).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var segments = await db.SegmentsBySolutionAsync(cancellationToken);
        var defaults = (await store.ListAsync(cancellationToken)).ToDictionary(m => $"{m.Entity.SolutionId}|{m.Entity.Segment}", m => m.Document.Target?.Npv, StringComparer.OrdinalIgnoreCase);
        Scopes = [.. solutions.SelectMany(s => segments.GetValueOrDefault(s.Id, []).Prepend("")
            .Select(g => new TargetScope(s.Id, s.Name, g, defaults.GetValueOrDefault($"{s.Id}|{g}"))))];
        var targets = await db.Targets.AsNoTracking().Include(t => t.Solution).OrderBy(t => t.Solution!.Name).ThenBy(t => t.DueDate).ToListAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var t in targets)
        {
            var dto = new TargetDto(t.Id, t.SolutionId, t.Solution!.Name, t.Segment, t.DueDate, t.FactualNpv, t.PerceivedNpv, t.PerceivedOverall, t.SharedWithPartners);
            var model = await store.FindAsync(t.Solution.Name, t.Segment, cancellationToken) is { } stored ? stored.Model : null;
            var probability = TargetStore.Chance(model, (double?)t.FactualNpv);
            rows.Add(new Row(dto, model?.Evaluate().Npv, probability));
        }
        Rows = rows;
    }
}
