using SamePage.Core.Mapping;
using SamePage.Data.Imports;

namespace SamePage.Web.Imports;

/// <summary>An uploaded import file saved to a temporary file (deleted on dispose), with the mapping sent beside it, if any.</summary>
public sealed record Upload(string Path, string FileName, string? MappingJson) : IDisposable
{
    public void Dispose() => File.Delete(Path);
}

/// <summary>Receives uploaded files and runs them through an import kind, for the API and the import page alike.</summary>
public static class ImportUpload
{
    /// <summary>Uploads are limited so one request cannot fill the disk; the CLI has no limit.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Saves the upload (multipart field <c>file</c>, or the raw body) to a temporary file, streamed, never held in memory;
    /// a multipart field <c>mapping</c> (JSON text or a file) comes along. A missing file or one over the limit is an
    /// <see cref="ArgumentException"/> or <see cref="BadHttpRequestException"/> that says so.
    /// </summary>
    public static async Task<Upload> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await SaveAsync(request, cancellationToken)
                ?? throw new ArgumentException("Send the file as multipart/form-data field 'file', or as the raw body (text/csv or the xlsx content type).");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BadHttpRequestException($"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB: split it, or import it with the CLI (samepage import).", StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>Imports a received file with <paramref name="options"/>; a file that cannot be read as a table names the file.</summary>
    public static async Task<ImportOutcome> RunAsync(IImportKind kind, Upload upload, ImportRequest options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(options);
        ImportRegistry.CheckParameters(kind, options);
        try
        {
            return await kind.ImportAsync(options with { Path = upload.Path, FileName = upload.FileName }, null, cancellationToken);
        }
        catch (Core.Actuals.TabularFormatException e)
        {
            throw new Core.Actuals.TabularFormatException($"{upload.FileName}: {e.Message}", e.Line);
        }
    }

    /// <summary>
    /// The mapping a request names: a stored mapping or preset by <paramref name="reference"/>, a preset by
    /// <paramref name="preset"/>, or the JSON sent with the file; null when none.
    /// </summary>
    public static async Task<ImportMappingDocument?> MappingAsync(ImportMappingStore store, string? reference, string? preset, string? json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var given = new[] { reference, preset, json }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given > 1)
        {
            throw new ImportMappingException("Give one of mapping (a saved mapping's name or id), preset, or a mapping part with the file.");
        }
        return !string.IsNullOrWhiteSpace(json) ? MappingJson.Read(json)
            : !string.IsNullOrWhiteSpace(preset) ? MappingPresets.Get(preset)
            : !string.IsNullOrWhiteSpace(reference) ? await store.GetAsync(reference, cancellationToken)
            : null;
    }

    private static async Task<Upload?> SaveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream? source = null;
        var fileName = "upload.csv";
        string? mapping = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is { } file)
            {
                source = file.OpenReadStream();
                fileName = Path.GetFileName(file.FileName);
            }
            mapping = await MappingPartAsync(form, cancellationToken);
        }
        else if (request.ContentLength is not 0)
        {
            if (request.ContentType is { } type && (type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new BadHttpRequestException($"A {type.Split(';')[0]} body is not a table: send the file as multipart/form-data field 'file', or as the raw body with text/csv or the xlsx content type.",
                    StatusCodes.Status415UnsupportedMediaType);
            }
            source = request.Body;
            fileName = request.ContentType?.Contains("spreadsheetml", StringComparison.Ordinal) == true ? "upload.xlsx" : "upload.csv";
        }
        if (source is null)
        {
            return null;
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
        return new Upload(path, fileName, mapping);
    }

    /// <summary>The <c>mapping</c> form field or file part, at most <see cref="MappingLimits.MaxDocumentBytes"/>.</summary>
    private static async Task<string?> MappingPartAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.TryGetValue("mapping", out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text.ToString();
        }
        if (form.Files.GetFile("mapping") is not { } part)
        {
            return null;
        }
        if (part.Length > MappingLimits.MaxDocumentBytes)
        {
            throw new ImportMappingException($"A mapping is at most {MappingLimits.MaxDocumentBytes / 1024} KB.");
        }
        using var reader = new StreamReader(part.OpenReadStream());
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
