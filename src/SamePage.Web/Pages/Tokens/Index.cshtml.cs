using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Tokens;

/// <summary>Everyone's own API tokens (admins: everyone's): create one, see when each was last used, revoke it.</summary>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class IndexModel(SamePageDbContext db, UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];
    public bool IsAdmin => User.IsInRole(Roles.Admin);
    public string? NewToken { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, int? expiresInDays, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            Error = "1 to 100 characters, e.g. the integration's name.";
        }
        else if (expiresInDays is < 1 or > PersonalAccessTokens.MaxLifetimeDays)
        {
            Error = "A lifetime of 1 to 3650 days, or none.";
        }
        else if (await users.GetUserAsync(User) is { } owner)
        {
            var expiresAt = expiresInDays is { } days ? DateTimeOffset.UtcNow.AddDays(days) : (DateTimeOffset?)null;
            NewToken = (await PersonalAccessTokens.CreateAsync(db, owner, name, expiresAt, cancellationToken)).Token;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        await PersonalAccessTokens.RevokeAsync(db, id, IsAdmin ? null : users.GetUserId(User), cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await PersonalAccessTokens.ListAsync(db, IsAdmin ? null : users.GetUserId(User), cancellationToken);
}
