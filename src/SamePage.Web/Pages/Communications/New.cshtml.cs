using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Talk;
using SamePage.Web.Api;
using SamePage.Web.Auth;
using SamePage.Core.Actuals;

namespace SamePage.Web.Pages.Communications;

/// <summary>Record a communication (as sent or planned); it is analysed on save. Admins and channel managers only.</summary>
public sealed class NewModel(SamePageDbContext db, TalkService talk) : PageModel
{
    public IReadOnlyList<Solution> Solutions { get; private set; } = [];
    public IReadOnlyList<string> Channels => CommunicationsApi.Channels;

    [BindProperty, Required, StringLength(300)]
    public string Title { get; set; } = "";

    [BindProperty, Required, StringLength(TalkApi.MaxTextLength)]
    public string Body { get; set; } = "";

    [BindProperty]
    public int? SolutionId { get; set; }

    [BindProperty]
    public string Channel { get; set; } = "newsletter";

    [BindProperty]
    public string? Segments { get; set; }

    [BindProperty]
    public List<PartnerType> PartnerTypes { get; set; } = [];

    [BindProperty]
    public DateOnly Date { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);

    private bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        Solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        if (!Channels.Contains(Channel))
        {
            ModelState.AddModelError(nameof(Channel), "Unknown channel.");
        }
        if (SolutionId is { } id && Solutions.All(s => s.Id != id))
        {
            ModelState.AddModelError(nameof(SolutionId), "Unknown solution.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var communication = new Communication
        {
            Title = Title.Trim(),
            Body = Body,
            SolutionId = SolutionId,
            Channel = Channel,
            AudienceSegments = [.. (Segments ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            AudiencePartnerTypes = [.. PartnerTypes.Distinct().Select(t => t.ToString())],
            Date = Date,
        };
        await talk.ApplyAnalysisAsync(communication, cancellationToken);
        db.Communications.Add(communication);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/communications/{communication.Id}");
    }
}
