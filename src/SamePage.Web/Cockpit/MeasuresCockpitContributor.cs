using Microsoft.Extensions.Localization;
using SamePage.Data.Entities;
using SamePage.Data.Planning;

namespace SamePage.Web.Cockpit;

/// <summary>Measures on the cockpit: how many per status, and what the current plan adds to the factual partner npv.</summary>
public sealed class MeasuresCockpitContributor(PlanningService planning, IStringLocalizer<SharedResource> l) : ICockpitContributor
{
    public async Task<CockpitContribution> ContributeAsync(CockpitCardContext context, CancellationToken cancellationToken)
    {
        var link = $"/measures?solution={Uri.EscapeDataString(context.Solution)}";
        PlanningContext planningContext;
        try
        {
            planningContext = await planning.ContextAsync(context.Solution, context.Segment, cancellationToken);
        }
        catch (ArgumentException)
        {
            return new CockpitContribution([]);
        }
        var counts = planningContext.Measures.GroupBy(m => m.Status).ToDictionary(g => g.Key, g => g.Count());
        string Count(MeasureStatus status) => counts.GetValueOrDefault(status).ToString(System.Globalization.CultureInfo.CurrentCulture);
        var figures = new List<CockpitFigure>
        {
            new(l["Measures"], $"{Count(MeasureStatus.Running)} / {Count(MeasureStatus.Planned)} / {Count(MeasureStatus.Idea)}", link,
                Detail: l["running / planned / ideas"]),
        };
        if (planningContext.CurrentPlan.Count > 0)
        {
            var impact = PlanningService.Impact(planningContext, planningContext.CurrentPlan, trials: 500);
            figures.Add(new(l["The plan adds (factual)"], $"{impact.Factual.DeltaNpvPerPartner:+#,0;-#,0} €", "/planner", impact.Factual.DeltaNpvPerPartner > 0,
                l["per partner"]));
        }
        return new CockpitContribution(figures);
    }
}
