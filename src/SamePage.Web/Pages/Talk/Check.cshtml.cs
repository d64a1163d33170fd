using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Data;
using SamePage.Data.Talk;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Talk;

/// <summary>
/// The message checker: paste or upload a message and see each sentence's label, cues, linked drivers, the metrics
/// and the suggestions. The script re-analyses as you type through the API; the form post works without it.
/// </summary>
public sealed class CheckModel(SamePageDbContext db, TalkService talk) : PageModel
{
    public IReadOnlyList<string> Solutions { get; private set; } = [];
    public IReadOnlyList<string> Segments { get; private set; } = [];
    public TalkAnalysis? Analysis { get; private set; }
    public string? Error { get; private set; }
    public TalkRetraining? LastRetraining { get; private set; }
    public int CorrectionsSinceRetraining { get; private set; }
    public bool CanRetrain => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);

    /// <summary>Set right after a retraining from this page, so the page can show its before and after.</summary>
    public bool JustRetrained { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Solution { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        try
        {
            var setup = await talk.SetupAsync(Solution, string.IsNullOrWhiteSpace(Solution) ? null : Segment, cancellationToken);
            var needs = string.IsNullOrWhiteSpace(Segment) ? [] : await talk.SegmentNeedsAsync(Segment, cancellationToken);
            if (Upload is { Length: > 0 })
            {
                await using var stream = Upload.OpenReadStream();
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken);
                copy.Position = 0;
                var document = TalkDocumentReader.Read(copy, Path.GetFileName(Upload.FileName));
                Text = document.Text;
                Analysis = setup.Analyzer.Analyze(document, setup.Options(needs, Upload.FileName));
            }
            else if (!string.IsNullOrWhiteSpace(Text))
            {
                Analysis = setup.Analyzer.AnalyzeText(Text, setup.Options(needs));
            }
        }
        catch (Exception e) when (e is TalkInputException or ArgumentException)
        {
            Error = e.Message;
        }
        return Page();
    }

    /// <summary>Retrains the classifier with every correction and shows the held-out accuracy before and after.</summary>
    public async Task<IActionResult> OnPostRetrainAsync(CancellationToken cancellationToken)
    {
        if (!CanRetrain)
        {
            return Forbid();
        }
        await talk.RetrainAsync(User.Identity?.Name ?? "", cancellationToken: cancellationToken);
        TempData["retrained"] = true;
        return Redirect("/talk/check#classifier");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        LastRetraining = await talk.LastRetrainingAsync(cancellationToken);
        CorrectionsSinceRetraining = await talk.CorrectionsSinceRetrainingAsync(cancellationToken);
        JustRetrained = TempData["retrained"] is true;
        Solutions = await db.ValueModels.AsNoTracking().Select(m => m.Solution!.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        Segments = await db.Partners.AsNoTracking().Where(p => p.Segment != "").Select(p => p.Segment).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
    }
}
