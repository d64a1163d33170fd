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
public sealed class IndexModel(SamePageDbContext db, CockpitService cockpit, UserManager<AppUser> users) : PageModel
{
    public int Solutions { get; private set; }
    public int Partners { get; private set; }
    public IReadOnlyList<CockpitCard> Cards { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect("/portal");
        }
        Solutions = await db.Solutions.CountAsync(cancellationToken);
        Partners = await db.Partners.CountAsync(cancellationToken);
        Cards = await cockpit.CardsAsync(cancellationToken);
        if (await users.GetUserAsync(User) is { } user)
        {
            var since = user.LastCockpitVisit ?? DateTimeOffset.UtcNow.AddDays(-7);
            Changes = await db.AuditEntries.AsNoTracking().Where(a => a.At > since && a.EntityType != nameof(AppUser) && a.EntityType != "IdentityUserRole`1")
                .OrderByDescending(a => a.Id).Take(15).ToListAsync(cancellationToken);
            // Remembering the visit is bookkeeping, not a change anyone needs in the audit log.
            user.LastCockpitVisit = DateTimeOffset.UtcNow;
            db.SuppressRowAudit = true;
            await users.UpdateAsync(user);
            db.SuppressRowAudit = false;
        }
        return Page();
    }
}
