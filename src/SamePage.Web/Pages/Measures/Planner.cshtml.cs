using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Measures;

/// <summary>The planner: pick a solution × segment, candidates and a budget; the plan as a waterfall toward the target and a list.</summary>
public sealed class PlannerModel(MeasureService measures, PlanningService planning, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Pair { get; set; }
    [BindProperty] public double? Budget { get; set; }
    [BindProperty] public List<int> Candidates { get; set; } = [];

    public IReadOnlyList<(string Solution, string Segment)> Pairs { get; private set; } = [];
    public IReadOnlyList<MeasureView> Available { get; private set; } = [];
    public PlanOutcome? Outcome { get; private set; }
    public PlanSummary? Summary { get; private set; }
    public string WaterfallSvg { get; private set; } = "";
    public string? Error { get; private set; }

    public (string Solution, string Segment)? Selected =>
        Pair?.Split('|', 2) is [var solution, var segment] ? (solution, segment) : Pairs.Count > 0 ? Pairs[0] : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Candidates = [.. Available.Where(m => m.Status != MeasureStatus.Dropped).Select(m => m.Id)];
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Selected is not { } pair)
        {
            return;
        }
        if (Budget is < 0)
        {
            Error = l["The budget cannot be negative."];
            return;
        }
        if (Candidates.Count == 0)
        {
            Error = l["Pick at least one candidate measure."];
            return;
        }
        try
        {
            Outcome = await planning.PlanAsync(new PlanQuery(pair.Solution, pair.Segment) { Budget = Budget, CandidateIds = Candidates }, cancellationToken);
            Summary = PlanSummary.From(Outcome);
            WaterfallSvg = ChartStyle.Svg(PlanningCharts.Waterfall(Outcome.Waterfall, l["Factual NPV per partner: from today to the plan"], l["Today"], l["Plan"], l["Target"]), 720, 380);
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Pairs = await planning.SegmentsAsync(cancellationToken);
        if (Selected is { } pair)
        {
            Available = [.. (await measures.ListAsync(pair.Solution, cancellationToken)).Where(m => m.AppliesToSegment(pair.Segment))];
        }
    }
}
