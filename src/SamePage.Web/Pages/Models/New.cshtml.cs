using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Queries;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Models;

/// <summary>The guided builder's first step: solution, segment and template (or empty); the draft editor follows.</summary>
[Authorize(Policy = Roles.EditorPolicy)]
public sealed class NewModel(SamePageDbContext db) : PageModel
{
    /// <summary>A solution × segment that has no value model yet.</summary>
    public sealed record Choice(int SolutionId, string Solution, string Segment)
    {
        public string Value => $"{SolutionId}|{Segment}";
    }

    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public IReadOnlyList<ValueModelTemplate> Templates => ValueModelTemplates.All;

    [BindProperty(SupportsGet = true)] public int? Solution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pair { get; set; }
    [BindProperty(SupportsGet = true)] public string? Template { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Pair?.Split('|', 2) is [var id, var segment] && int.TryParse(id, out var solutionId) && !string.IsNullOrWhiteSpace(Template))
        {
            return Redirect($"/models/draft?solution={solutionId}&segment={Uri.EscapeDataString(segment)}&template={Uri.EscapeDataString(Template)}");
        }
        var solutions = await db.Solutions.AsNoTracking().Where(s => s.ArchivedAt == null).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var segments = await db.SegmentsBySolutionAsync(cancellationToken);
        var modelled = (await db.ValueModels.AsNoTracking().Select(m => new { m.SolutionId, m.Segment }).ToListAsync(cancellationToken))
            .Select(m => $"{m.SolutionId}|{m.Segment}").ToHashSet(StringComparer.OrdinalIgnoreCase);
        Choices = [.. solutions.SelectMany(s => segments.GetValueOrDefault(s.Id, []).Select(g => new Choice(s.Id, s.Name, g)))
            .Where(c => !modelled.Contains(c.Value))];
        Pair ??= Solution is { } chosen ? $"{chosen}|{Segment}" : null;
        // The template whose segment matches the chosen one is the likely choice.
        var segmentOfPair = Pair?.Split('|', 2) is [_, var s2] ? s2 : null;
        Template ??= Templates.FirstOrDefault(t => string.Equals(t.Document.Segment, segmentOfPair, StringComparison.OrdinalIgnoreCase))?.Id ?? ValueModelTemplates.Ids[0];
        return Page();
    }
}
