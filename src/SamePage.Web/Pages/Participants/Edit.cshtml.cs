using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Participants;

/// <summary>Adds a participant (no id) or changes one: name, kind, department, account and owned drivers.</summary>
public sealed class EditModel(ParticipantService participants, SamePageDbContext db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public ParticipantKind Kind { get; set; } = ParticipantKind.Person;
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? UserEmail { get; set; }

    /// <summary>Owned drivers as "solution|driver" values of the checkboxes.</summary>
    [BindProperty] public List<string> Drivers { get; set; } = [];

    public int? Id { get; private set; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DriverChoices { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Accounts { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        Id = id;
        if (id is { } existing)
        {
            if (await participants.GetAsync(existing, cancellationToken) is not { } p)
            {
                return NotFound();
            }
            (Name, Kind, Department, UserEmail) = (p.Name, p.Kind, p.Department, p.UserEmail);
            Drivers = [.. p.Drivers.Select(d => $"{d.Solution}|{d.Driver}")];
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        Id = id;
        var input = new ParticipantInput(Name, Kind, Department, UserEmail,
            [.. Drivers.Select(d => d.Split('|', 2)).Select(parts => new OwnedDriverInput(parts[0], parts.Length > 1 ? parts[1] : null))]);
        try
        {
            if (id is { } existing)
            {
                if (await participants.UpdateAsync(existing, input, cancellationToken) is null)
                {
                    return NotFound();
                }
            }
            else
            {
                await participants.CreateAsync(input, cancellationToken);
            }
            return Redirect("/participants");
        }
        catch (ParticipantValidationException e)
        {
            Errors = e.Errors;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }
    }

    private bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        DriverChoices = await participants.DriversBySolutionAsync(cancellationToken);
        Accounts = await db.Users.AsNoTracking().Where(u => u.PartnerId == null && u.Email != null).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(cancellationToken);
    }
}
