using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Data.Planning;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Targets;

/// <summary>A target's trajectory: the factual series per month, the path the current plan promises and the target line.</summary>
public sealed class DetailModel(TargetTrajectoryService trajectories, IStringLocalizer<SharedResource> l) : PageModel
{
    public TargetTrajectoryResult Trajectory { get; private set; } = null!;
    public string ChartSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var trajectory = await trajectories.BuildAsync(id, 12, cancellationToken);
        if (trajectory is null)
        {
            return NotFound();
        }
        Trajectory = trajectory;
        ChartSvg = ChartStyle.Svg(PlanningCharts.Trajectory(trajectory, l["NPV per partner toward the target"], l["Factual (median, 12 months)"], l["Path of the current plan"], l["Target factual NPV"], l["Perceived (median per survey wave)"], l["Target perceived NPV"]), 760, 360);
        return Page();
    }
}
