using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Actuals;
using SamePage.Data.Imports;
using SamePage.Web.Auth;
using SamePage.Web.Imports;

namespace SamePage.Web.Pages.Imports;

/// <summary>Upload page for every registered import kind: the browser shows upload progress, the server answers with the import report as JSON.</summary>
[Authorize(Policy = Roles.EditorPolicy)]
[RequestSizeLimit(ImportUpload.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUpload.MaxUploadBytes)]
public sealed class IndexModel(ImportRegistry registry) : PageModel
{
    public IReadOnlyList<ImportKindInfo> Kinds => [.. registry.Kinds.Select(k => k.Info)];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string kind, string? culture, bool dryRun, bool skipInvalid, CancellationToken cancellationToken)
    {
        if (registry.Find(kind) is not { } importKind)
        {
            return Refused($"Choose what to import: {registry.Names}.");
        }
        var options = new ImportRequest("", "")
        {
            DryRun = dryRun,
            SkipInvalid = skipInvalid,
            Culture = NumberCultures.FromName(culture),
            Parameters = importKind.Info.Parameters.Where(p => Request.Form.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => Request.Form[p.Name].ToString()),
        };
        try
        {
            using var upload = await ImportUpload.ReceiveAsync(Request, cancellationToken);
            var outcome = await ImportUpload.RunAsync(importKind, upload, options, cancellationToken);
            return new JsonResult(new { summary = outcome.Summary, issues = outcome.Report.Issues, warnings = outcome.Report.Warnings, committed = outcome.Committed });
        }
        catch (Exception e) when (e is ArgumentException or TabularFormatException or BadHttpRequestException)
        {
            // SurveyRuleException is an ArgumentException: an unknown or draft wave.
            return Refused(e.Message);
        }
    }

    private BadRequestObjectResult Refused(string summary) =>
        BadRequest(new { summary, issues = Array.Empty<object>(), warnings = Array.Empty<object>() });
}
