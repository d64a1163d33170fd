using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Imports;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Imports;

/// <summary>Upload page: the browser shows upload progress, the server answers with the import report as JSON.</summary>
[Authorize(Policy = Roles.EditorPolicy)]
[RequestSizeLimit(Api.ImportsApi.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Api.ImportsApi.MaxUploadBytes)]
public sealed class IndexModel(SamePageDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string kind, string? culture, bool dryRun, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || !Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var importKind))
        {
            return BadRequest(new { summary = "Choose what to import and a file.", issues = Array.Empty<object>(), warnings = Array.Empty<object>() });
        }
        var path = Path.Join(Path.GetTempPath(), $"samepage-import-{Guid.NewGuid():N}{(Path.GetExtension(file.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ".xlsx" : ".csv")}");
        try
        {
            await using (var target = System.IO.File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }
            var outcome = await new ChannelImporter(db).ImportAsync(new ImportRequest(importKind, path, Path.GetFileName(file.FileName))
            {
                DryRun = dryRun,
                Culture = NumberCultures.FromName(culture),
            }, cancellationToken: cancellationToken);
            return new JsonResult(new { summary = outcome.Summary, issues = outcome.Report.Issues, warnings = outcome.Report.Warnings, committed = outcome.Committed });
        }
        catch (TabularFormatException e)
        {
            return BadRequest(new { summary = $"{file.FileName}: {e.Message}", issues = Array.Empty<object>(), warnings = Array.Empty<object>() });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
