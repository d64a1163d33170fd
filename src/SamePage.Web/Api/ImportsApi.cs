using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Actuals;
using SamePage.Core.Mapping;
using SamePage.Data.Imports;
using SamePage.Web.Auth;
using SamePage.Web.Imports;

namespace SamePage.Web.Api;

public sealed record ImportResultDto(bool Committed, long RowsRead, long ValidRows, long Rejected, long Inserted, long Updated, long Unchanged, long IssueCount,
    IReadOnlyList<ImportIssue> Issues, IReadOnlyList<ImportIssue> Warnings, long Skipped, IReadOnlyDictionary<string, long> SkippedBy)
{
    public static ImportResultDto From(ImportOutcome o) =>
        new(o.Committed, o.Report.RowsRead, o.Report.ValidRows, o.Rejected, o.Inserted, o.Updated, o.Unchanged, o.Report.IssueCount, o.Report.Issues, o.Report.Warnings,
            o.Report.Skipped.Count, o.Report.Skipped.ByReason);
}

public static class ImportsApi
{
    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}", ImportAsync)
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Imports").DisableRequestTimeout()
            .WithSummary("Import a file of one registered kind (partners, deals, costs, measures, survey-responses); the kind's parameters (e.g. wave) come as query parameters. " +
                "mapping= (a saved mapping's name or id), preset= or a multipart part 'mapping' (samepage.mapping/1 JSON) maps a file with other columns.")
            .DisableAntiforgery()
            // Channel exports run to hundreds of megabytes; Kestrel's default body limit is 30 MB.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportUpload.MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: ImportUpload.MaxUploadBytes);
        api.MapPost("/imports/{kind}/suggest", SuggestAsync)
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Imports").DisableAntiforgery()
            .WithSummary("Propose a column mapping for a file (or check the one sent as mapping/preset) and preview the first 20 mapped rows with their issues.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportUpload.MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: ImportUpload.MaxUploadBytes);
    }

    /// <summary>Imports one file; row errors come back as the import report with 422, nothing written.</summary>
    private static async Task<Results<Ok<ImportResultDto>, UnprocessableEntity<ImportResultDto>, ProblemHttpResult>> ImportAsync(
        string kind, HttpRequest request, ImportRegistry registry, ImportMappingStore mappings, bool? dryRun, bool? skipInvalid, string? culture, string? mapping, string? preset,
        CancellationToken cancellationToken)
    {
        if (registry.Find(kind) is not { } importKind)
        {
            return TypedResults.Problem($"kind is {registry.Names}.", statusCode: StatusCodes.Status400BadRequest);
        }
        NumberCulture? numberCulture = null;
        if (culture is not null && (numberCulture = NumberCultures.FromName(culture)) is null)
        {
            return TypedResults.Problem($"Unknown culture '{culture}': use de-DE or en-US.", statusCode: StatusCodes.Status400BadRequest);
        }
        using var upload = await ImportUpload.ReceiveAsync(request, cancellationToken);
        var document = await ImportUpload.MappingAsync(mappings, mapping, preset, upload.MappingJson, cancellationToken);
        var options = new ImportRequest("", "")
        {
            DryRun = dryRun == true,
            SkipInvalid = skipInvalid == true,
            Culture = numberCulture,
            Mapping = document is not null && culture is not null ? document with { Culture = culture } : document,
            Parameters = importKind.Info.Parameters.Where(p => request.Query.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => request.Query[p.Name].ToString()),
        };
        var outcome = await ImportUpload.RunAsync(importKind, upload, options, cancellationToken);
        var dto = ImportResultDto.From(outcome);
        return outcome.Report.HasErrors && !outcome.Committed ? TypedResults.UnprocessableEntity(dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<MappingPreviewResult>, ProblemHttpResult>> SuggestAsync(
        string kind, HttpRequest request, ImportMappingStore mappings, MappingPreview preview, string? mapping, string? preset, CancellationToken cancellationToken)
    {
        if (!MappingTargets.Kinds.Contains(kind))
        {
            return TypedResults.Problem($"kind is one of {string.Join(", ", MappingTargets.Kinds)} (the kinds a mapping can make).", statusCode: StatusCodes.Status400BadRequest);
        }
        using var upload = await ImportUpload.ReceiveAsync(request, cancellationToken);
        var document = await ImportUpload.MappingAsync(mappings, mapping, null, upload.MappingJson, cancellationToken);
        if (document is not null && document.Kind != kind)
        {
            return TypedResults.Problem($"The mapping makes {document.Kind}, not {kind}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await preview.RunAsync(kind, upload.Path, document, preset, cancellationToken));
    }
}
