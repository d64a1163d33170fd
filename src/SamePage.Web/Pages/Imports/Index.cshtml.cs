using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Actuals;
using SamePage.Core.Mapping;
using SamePage.Data.Imports;
using SamePage.Web.Auth;
using SamePage.Web.Imports;

namespace SamePage.Web.Pages.Imports;

/// <summary>
/// The import wizard for every registered kind: choose a file, see its columns beside the kind's with a suggested mapping and
/// a live preview of the first mapped rows, check (dry run), import, and save the mapping under a name. The server answers
/// each step as JSON; the file is sent whole only to check and to import (the preview gets the first rows).
/// </summary>
[Authorize(Policy = Roles.EditorPolicy)]
[RequestSizeLimit(ImportUpload.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUpload.MaxUploadBytes)]
public sealed class IndexModel(ImportRegistry registry, ImportMappingStore mappings, MappingPreview preview, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Rejected rows come back to the browser for download up to this size; beyond it, the CLI writes them to a file.</summary>
    private const long MaxRejectsBytes = 20L * 1024 * 1024;

    public IReadOnlyList<ImportKindInfo> Kinds => [.. registry.Kinds.Select(k => k.Info)];

    public IReadOnlyList<ImportMappingInfo> Mappings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Mappings = await mappings.ListAsync(cancellationToken);

    /// <summary>The suggested (or the sent) mapping for the file's first rows, the kind's target columns and the preview.</summary>
    public async Task<IActionResult> OnPostSuggestAsync(string kind, string? preset, string? savedMapping, CancellationToken cancellationToken)
    {
        if (!MappingTargets.Kinds.Contains(kind))
        {
            return Refused($"{kind} cannot be mapped; import it with SamePage's own columns.");
        }
        try
        {
            using var upload = await ImportUpload.ReceiveAsync(Request, cancellationToken);
            var document = await ImportUpload.MappingAsync(mappings, savedMapping, null, upload.MappingJson, cancellationToken);
            var result = await preview.RunAsync(kind, upload.Path, document, string.IsNullOrWhiteSpace(preset) ? null : preset, cancellationToken);
            var targets = MappingTargets.For(kind).Select(t => new { t.Name, Kind = t.Kind.ToString(), t.Required, t.Allowed });
            return new JsonResult(new { targets, result });
        }
        catch (Exception e) when (e is ArgumentException or TabularFormatException or BadHttpRequestException)
        {
            return Refused(e.Message);
        }
    }

    public async Task<IActionResult> OnPostAsync(string kind, string? culture, bool dryRun, bool skipInvalid, CancellationToken cancellationToken)
    {
        if (registry.Find(kind) is not { } importKind)
        {
            return Refused($"Choose what to import: {registry.Names}.");
        }
        var rejects = skipInvalid ? Path.Join(Path.GetTempPath(), $"samepage-rejects-{Guid.NewGuid():N}.csv") : null;
        try
        {
            using var upload = await ImportUpload.ReceiveAsync(Request, cancellationToken);
            var options = new ImportRequest("", "")
            {
                DryRun = dryRun,
                SkipInvalid = skipInvalid,
                RejectsPath = rejects,
                Culture = NumberCultures.FromName(culture),
                Mapping = upload.MappingJson is { } json ? MappingJson.Read(json) : null,
                Parameters = importKind.Info.Parameters.Where(p => Request.Form.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => Request.Form[p.Name].ToString()),
            };
            var outcome = await ImportUpload.RunAsync(importKind, upload, options, cancellationToken);
            return new JsonResult(new
            {
                summary = Summary(outcome),
                issues = outcome.Report.Issues,
                warnings = outcome.Report.Warnings,
                committed = outcome.Committed,
                rejected = outcome.Rejected,
                rejectsCsv = await RejectsAsync(rejects, outcome, cancellationToken),
                links = outcome.Committed ? Links(kind) : [],
                partners = outcome.Committed ? outcome.Partners.Select(p => new { href = $"/partners/{p.Id}", label = p.Name }) : [],
            });
        }
        catch (Exception e) when (e is ArgumentException or TabularFormatException or BadHttpRequestException)
        {
            // SurveyRuleException is an ArgumentException: an unknown or draft wave.
            return Refused(e.Message);
        }
        finally
        {
            if (rejects is not null)
            {
                System.IO.File.Delete(rejects);
            }
        }
    }

    public async Task<IActionResult> OnPostSaveMappingAsync(string name, string mapping, CancellationToken cancellationToken)
    {
        try
        {
            var (saved, version, added) = await mappings.SaveAsync(MappingJson.Read(mapping), name, cancellationToken);
            return new JsonResult(new { name = saved, version, added });
        }
        catch (ImportMappingException e)
        {
            return Refused(e.Message);
        }
    }

    /// <summary>The report's first line in the user's language.</summary>
    private string Summary(ImportOutcome o) =>
        l["{0:N0} rows read, {1:N0} valid, {2:N0} rejected", o.Report.RowsRead, o.Report.ValidRows, o.Rejected] + "; " +
        (o.Committed ? l["{0:N0} inserted, {1:N0} updated, {2:N0} unchanged.", o.Inserted, o.Updated, o.Unchanged].Value : l["nothing written."].Value) +
        (o.Report.Skipped.Count > 0 ? $" {l["{0:N0} rows skipped by the mapping: {1}", o.Report.Skipped.Count, string.Join(", ", o.Report.Skipped.ByReason.Select(r => $"{r.Key} {r.Value:N0}"))]}." : "");

    private static async Task<string?> RejectsAsync(string? path, ImportOutcome outcome, CancellationToken cancellationToken) =>
        path is not null && outcome.Rejected > 0 && System.IO.File.Exists(path) && new FileInfo(path).Length <= MaxRejectsBytes
            ? await System.IO.File.ReadAllTextAsync(path, cancellationToken)
            : null;

    /// <summary>Where the user sees what an import changed.</summary>
    private object[] Links(string kind) => kind switch
    {
        "partners" => [Link("/partners", "Partners"), Link("/audit", "Audit log")],
        "deals" or "costs" => [Link("/actuals", "Partner actuals"), Link("/partners", "Partners"), Link("/audit", "Audit log")],
        "survey-responses" => [Link("/perception", "Perceived value"), Link("/surveys", "Surveys")],
        "measures" => [Link("/measures", "Measures")],
        _ => [],
    };

    private object Link(string href, string label) => new { href, label = l[label].Value };

    private BadRequestObjectResult Refused(string summary) =>
        BadRequest(new { summary, issues = Array.Empty<object>(), warnings = Array.Empty<object>() });
}
