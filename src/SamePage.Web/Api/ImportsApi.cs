using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Actuals;
using SamePage.Data;
using SamePage.Data.Imports;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record ImportResultDto(bool Committed, long RowsRead, long ValidRows, long Rejected, long Inserted, long Updated, long Unchanged, long IssueCount, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<ImportIssue> Warnings);

public static class ImportsApi
{
    /// <summary>Uploads are limited so one request cannot fill the disk; the CLI has no limit.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}", ImportAsync)
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Imports").DisableRequestTimeout()
            // Channel exports run to hundreds of megabytes; Kestrel's default body limit is 30 MB.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
    }

    /// <summary>Imports one file; row errors come back as the import report with 422, nothing written.</summary>
    private static async Task<Results<Ok<ImportResultDto>, UnprocessableEntity<ImportResultDto>, ProblemHttpResult>> ImportAsync(
        string kind, HttpRequest request, SamePageDbContext db, bool? dryRun, string? culture, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var importKind))
        {
            return TypedResults.Problem("kind is partners, deals or costs.", statusCode: StatusCodes.Status400BadRequest);
        }
        NumberCulture? numberCulture = null;
        if (culture is not null && (numberCulture = NumberCultures.FromName(culture)) is null)
        {
            return TypedResults.Problem($"Unknown culture '{culture}': use de-DE or en-US.", statusCode: StatusCodes.Status400BadRequest);
        }
        string? path;
        string fileName;
        try
        {
            (path, fileName) = await ImportUpload.SaveAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem($"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB: split it, or import it with the CLI (samepage import).", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (path is null)
        {
            return TypedResults.Problem("Send the file as multipart/form-data field 'file', or as the raw body (text/csv or the xlsx content type).", statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            var outcome = await new ChannelImporter(db).ImportAsync(new ImportRequest(importKind, path, fileName) { DryRun = dryRun == true, Culture = numberCulture }, cancellationToken: cancellationToken);
            var dto = ImportUpload.ToDto(outcome);
            return outcome.Report.HasErrors ? TypedResults.UnprocessableEntity(dto) : TypedResults.Ok(dto);
        }
        catch (TabularFormatException e)
        {
            return TypedResults.Problem($"{fileName}: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            File.Delete(path);
        }
    }

}

/// <summary>Saves an uploaded import file to a temporary file (streamed, never held in memory).</summary>
public static class ImportUpload
{
    public static async Task<(string? Path, string FileName)> SaveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream? source = null;
        var fileName = "upload.csv";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is { } file)
            {
                source = file.OpenReadStream();
                fileName = Path.GetFileName(file.FileName);
            }
        }
        else if (request.ContentLength is not 0)
        {
            source = request.Body;
            fileName = request.ContentType?.Contains("spreadsheetml", StringComparison.Ordinal) == true ? "upload.xlsx" : "upload.csv";
        }
        if (source is null)
        {
            return (null, fileName);
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" ? ".xlsx" : ".csv";
        var path = Path.Join(Path.GetTempPath(), $"samepage-import-{Guid.NewGuid():N}{extension}");
        try
        {
            await using var target = File.Create(path);
            await source.CopyToAsync(target, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return (path, fileName);
    }

    public static ImportResultDto ToDto(ImportOutcome o) =>
        new(o.Committed, o.Report.RowsRead, o.Report.ValidRows, o.Rejected, o.Inserted, o.Updated, o.Unchanged, o.Report.IssueCount, o.Report.Issues, o.Report.Warnings);
}
