using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Data.Planning;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Contribution;

/// <summary>"My contribution": the drivers and measures of the participants linked to the signed-in user and the team's waterfall.</summary>
public sealed class IndexModel(ContributionService contribution, IStringLocalizer<SharedResource> l) : PageModel
{
    public UserContribution Mine { get; private set; } = new([], [], [], []);
    public IReadOnlyList<(TeamContribution Team, string Svg)> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return;
        }
        Mine = await contribution.ForUserAsync(userId, 500, cancellationToken);
        Charts = [.. Mine.Team.Select(t => (t, ChartStyle.Svg(PlanningCharts.Waterfall(t.Waterfall, $"{t.Solution} · {t.Segment}", l["Today"], l["Plan"], l["Target"]), 720, 360)))];
    }
}
