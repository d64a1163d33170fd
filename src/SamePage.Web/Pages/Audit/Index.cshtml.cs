using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Audit;

[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(SamePageDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
}
