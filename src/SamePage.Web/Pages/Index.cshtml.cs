using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages;

public sealed class IndexModel(SamePageDbContext db) : PageModel
{
    public int Solutions { get; private set; }
    public int Partners { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect("/portal");
        }
        Solutions = await db.Solutions.CountAsync(cancellationToken);
        Partners = await db.Partners.CountAsync(cancellationToken);
        return Page();
    }
}
