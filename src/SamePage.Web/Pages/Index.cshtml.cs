using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;
using SamePage.Web.Cockpit;

namespace SamePage.Web.Pages;

/// <summary>The vendor cockpit: "are we on the same page?" per solution and segment; partner users go to their portal.</summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class IndexModel(SamePageDbContext db, CockpitService cockpit, ChangeFeed feed, UserManager<AppUser> users) : PageModel
{
    /// <summary>A step of the first-week guide; done once the database shows it.</summary>
    public sealed record GuideStep(string Key, string Title, string Hint, string Link, bool Done);

    public IReadOnlyList<GuideStep> Guide { get; private set; } = [];
    public IReadOnlyList<CockpitCard> Cards { get; private set; } = [];
    public IReadOnlyList<FeedItem> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect("/portal");
        }
        Guide =
        [
            new("solution", "Add a solution", "its name and the segments it is sold in", "/solutions", await db.Solutions.AnyAsync(cancellationToken)),
            new("model", "Model it from a template", "MSP, reseller, system integrator, cloud marketplace or two-tier", "/models/new", await db.ValueModels.AnyAsync(cancellationToken)),
            new("deals", "Import partners and deals", "a CRM export as CSV or XLSX", "/imports", await db.Deals.AnyAsync(cancellationToken)),
            new("target", "Set a target", "per solution and segment, with a due date", "/targets", await db.Targets.AnyAsync(cancellationToken)),
        ];
        Cards = await cockpit.CardsAsync(cancellationToken);
        if (await users.GetUserAsync(User) is { } user)
        {
            var since = user.LastCockpitVisit ?? DateTimeOffset.UtcNow.AddDays(-7);
            Changes = await feed.SinceAsync(since, 15, cancellationToken);
            // Remembering the visit is bookkeeping, not a change anyone needs in the audit log.
            user.LastCockpitVisit = DateTimeOffset.UtcNow;
            db.SuppressRowAudit = true;
            await users.UpdateAsync(user);
            db.SuppressRowAudit = false;
        }
        return Page();
    }
}
