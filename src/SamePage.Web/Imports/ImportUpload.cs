using SamePage.Data.Imports;

namespace SamePage.Web.Imports;

/// <summary>Runs an uploaded file through an import kind, for the API and the import page alike.</summary>
public static class ImportUpload
{
    /// <summary>Uploads are limited so one request cannot fill the disk; the CLI has no limit.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Saves the upload (multipart field <c>file</c>, or the raw body) to a temporary file, streamed, never held in memory;
    /// imports it with <paramref name="options"/> and deletes it. A missing file, a file over the limit or one that cannot be
    /// read as a table is an <see cref="ArgumentException"/> or <see cref="BadHttpRequestException"/> that says so.
    /// </summary>
    public static async Task<ImportOutcome> RunAsync(IImportKind kind, HttpRequest request, ImportRequest options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(options);
        ImportRegistry.CheckParameters(kind, options);
        string? path;
        string fileName;
        try
        {
            (path, fileName) = await SaveAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BadHttpRequestException($"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB: split it, or import it with the CLI (samepage import).", StatusCodes.Status413PayloadTooLarge);
        }
        if (path is null)
        {
            throw new ArgumentException("Send the file as multipart/form-data field 'file', or as the raw body (text/csv or the xlsx content type).");
        }
        try
        {
            return await kind.ImportAsync(options with { Path = path, FileName = fileName }, null, cancellationToken);
        }
        catch (Core.Actuals.TabularFormatException e)
        {
            throw new Core.Actuals.TabularFormatException($"{fileName}: {e.Message}", e.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(string? Path, string FileName)> SaveAsync(HttpRequest request, CancellationToken cancellationToken)
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
}
