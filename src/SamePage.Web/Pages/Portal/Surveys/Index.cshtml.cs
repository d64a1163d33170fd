using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Portal.Surveys;

/// <summary>The partner user's surveys: open waves to answer, closed ones with peer results.</summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class IndexModel(SurveyService surveys) : PageModel
{
    public sealed record Item(SurveyWave Wave, SurveyResponse? Response);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect("/surveys");
        }

        var userId = PortalUser.Id(User);
        var items = new List<Item>();
        foreach (var wave in await surveys.WavesForPartnerAsync(openOnly: false, cancellationToken))
        {
            items.Add(new Item(wave, await surveys.OwnResponseAsync(wave.Id, userId, cancellationToken)));
        }

        Items = items;
        return Page();
    }
}
