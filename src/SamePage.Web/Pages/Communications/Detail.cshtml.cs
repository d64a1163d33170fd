using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Talk;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Communications;

/// <summary>One communication: the text sentence by sentence with labels, cues, drivers and suggestions; channel managers correct labels here.</summary>
public sealed class DetailModel(SamePageDbContext db, TalkService talk) : PageModel
{
    public Communication? Communication { get; private set; }
    public TalkAnalysis? Analysis { get; private set; }
    public bool CanCorrect => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public string? Notice { get; private set; }
    public string? Retrained { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Communication = await db.Communications.AsNoTracking().Include(c => c.Solution).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (Communication is null)
        {
            return NotFound();
        }
        // Analysed afresh so corrections made elsewhere show at once.
        Analysis = await talk.AnalyzeAsync(Communication, null, cancellationToken);
        Notice = TempData["notice"] as string;
        Retrained = TempData["retrained"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, int index, string label, CancellationToken cancellationToken)
    {
        if (!CanCorrect)
        {
            return Forbid();
        }
        var communication = await db.Communications.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (communication is null)
        {
            return NotFound();
        }
        var analysis = await talk.AnalyzeAsync(communication, null, cancellationToken);
        var sentence = analysis.Sentences.FirstOrDefault(s => s.Index == index);
        if (sentence is null || !TalkLabels.TryParse(label, out var parsed))
        {
            return BadRequest();
        }
        var lastBefore = (await talk.LastRetrainingAsync(cancellationToken))?.VersionId;
        await talk.CorrectAsync(sentence.Text, sentence.Language, parsed, User.Identity?.Name, cancellationToken);
        TempData["notice"] = $"\"{sentence.Text}\" → {TalkLabels.Name(parsed)}";
        // The correction may have retrained the classifier (every TalkService.AutoRetrainAfter corrections): say so with its figures.
        if (await talk.LastRetrainingAsync(cancellationToken) is { } retrained && retrained.VersionId != lastBefore)
        {
            TempData["retrained"] = $"{retrained.AccuracyBefore:P1} → {retrained.AccuracyAfter:P1}";
        }
        return Redirect($"/communications/{id}");
    }
}
