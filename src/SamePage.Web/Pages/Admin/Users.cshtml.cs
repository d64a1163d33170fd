using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Admin;

public sealed class UsersModel(SamePageDbContext db, UserAdministration administration) : PageModel
{
    public sealed record Row(string? Email, string Role, string? Partner, bool Active);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public NewUser? Created { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? PartnerExternalId { get; set; }

    public string? Notice { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task OnPostDeactivateAsync(string email, CancellationToken cancellationToken) => SetActiveAsync(email, false, cancellationToken);

    public Task OnPostActivateAsync(string email, CancellationToken cancellationToken) => SetActiveAsync(email, true, cancellationToken);

    private async Task SetActiveAsync(string email, bool active, CancellationToken cancellationToken)
    {
        try
        {
            await administration.SetActiveAsync(email, active);
            Notice = email;
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
        }
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            Created = await administration.AddAsync(Email?.Trim() ?? "", Role ?? "", string.IsNullOrWhiteSpace(PartnerExternalId) ? null : PartnerExternalId.Trim(), null, cancellationToken: cancellationToken);
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
        }
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, Partner = u.Partner == null ? null : u.Partner.Name, u.LockoutEnd }).Take(500).ToListAsync(cancellationToken);
        Rows = users.Select(u => new Row(u.Email, string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)), u.Partner, !(u.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100)))).ToList();
    }
}
