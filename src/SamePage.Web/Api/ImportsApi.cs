using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Actuals;
using SamePage.Data.Imports;
using SamePage.Web.Auth;
using SamePage.Web.Imports;

namespace SamePage.Web.Api;

public sealed record ImportResultDto(bool Committed, long RowsRead, long ValidRows, long Rejected, long Inserted, long Updated, long Unchanged, long IssueCount, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<ImportIssue> Warnings)
{
    public static ImportResultDto From(ImportOutcome o) =>
        new(o.Committed, o.Report.RowsRead, o.Report.ValidRows, o.Rejected, o.Inserted, o.Updated, o.Unchanged, o.Report.IssueCount, o.Report.Issues, o.Report.Warnings);
}

public static class ImportsApi
{
    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}", ImportAsync)
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Imports").DisableRequestTimeout()
            .WithSummary("Import a file of one registered kind (partners, deals, costs, measures, survey-responses); the kind's parameters (e.g. wave) come as query parameters.")
            .DisableAntiforgery()
            // Channel exports run to hundreds of megabytes; Kestrel's default body limit is 30 MB.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportUpload.MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: ImportUpload.MaxUploadBytes);
    }

    /// <summary>Imports one file; row errors come back as the import report with 422, nothing written.</summary>
    private static async Task<Results<Ok<ImportResultDto>, UnprocessableEntity<ImportResultDto>, ProblemHttpResult>> ImportAsync(
        string kind, HttpRequest request, ImportRegistry registry, bool? dryRun, bool? skipInvalid, string? culture, CancellationToken cancellationToken)
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
        var options = new ImportRequest("", "")
        {
            DryRun = dryRun == true,
            SkipInvalid = skipInvalid == true,
            Culture = numberCulture,
            Parameters = importKind.Info.Parameters.Where(p => request.Query.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => request.Query[p.Name].ToString()),
        };
        var outcome = await ImportUpload.RunAsync(importKind, request, options, cancellationToken);
        var dto = ImportResultDto.From(outcome);
        return outcome.Report.HasErrors && !outcome.Committed ? TypedResults.UnprocessableEntity(dto) : TypedResults.Ok(dto);
    }
}
