using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SamePage.Data.Planning;
using SamePage.Web.Charts;

namespace SamePage.Web.Pages.Contribution;

/// <summary>The vendor-wide view: every participant's part and the current plan's waterfall per solution × segment.</summary>
public sealed class TeamModel(ContributionService contribution, IStringLocalizer<SharedResource> l) : PageModel
{
    public VendorContribution Vendor { get; private set; } = new([], []);
    public IReadOnlyList<(TeamContribution Team, string Svg)> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Vendor = await contribution.VendorAsync(cancellationToken);
        Charts = [.. Vendor.Team.Select(t => (t, ChartStyle.Svg(PlanningCharts.Waterfall(t.Waterfall, $"{t.Solution} · {t.Segment}", l["Today"], l["Plan"], l["Target"]), 720, 360)))];
    }
}
