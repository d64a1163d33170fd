using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Core.Planning;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Measures;

/// <summary>A measure with its effects and its impact per segment: Δ npv per partner and for the segment on the three cases.</summary>
public sealed class DetailModel(MeasureService measures, PlanningService planning, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record SegmentImpact(string Segment, MeasureImpactResult Impact, double? FactualTarget, double? PerceivedTarget);

    public MeasureView Measure { get; private set; } = null!;
    public IReadOnlyList<SegmentImpact> Impacts { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    [BindProperty] public MeasureStatus NewStatus { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var measure = await measures.GetAsync(id, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }
        Measure = measure;
        Names = (await measures.ListAsync(measure.SolutionId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var segments = measure.Segments.Count > 0 ? measure.Segments : [.. (await planning.SegmentsAsync(cancellationToken)).Where(s => s.Solution == measure.Solution).Select(s => s.Segment)];
        var impacts = new List<SegmentImpact>();
        var problems = new List<string>();
        foreach (var segment in segments)
        {
            try
            {
                var context = await planning.ContextAsync(measure.Solution, segment, cancellationToken);
                impacts.Add(new SegmentImpact(segment, PlanningService.Impact(context, [context.Measures.First(m => m.Id == id)], 2_000), context.FactualTarget, context.PerceivedTarget));
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }
        Impacts = impacts;
        Problems = problems;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        return await measures.SetStatusAsync(id, NewStatus, cancellationToken) is null ? NotFound() : RedirectToPage(new { id });
    }

    public string CaseName(BaselineKind kind) => l[kind.ToString()];
}
