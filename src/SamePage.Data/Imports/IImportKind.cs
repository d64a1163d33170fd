namespace SamePage.Data.Imports;

/// <summary>A value an import kind needs besides the file, e.g. the survey wave the responses belong to.</summary>
public sealed record ImportParameter(string Name, string Description);

/// <summary>What an import kind is called and needs: its lower-case name in URLs and on the command line, a one-sentence English description, its parameters.</summary>
public sealed record ImportKindInfo(string Name, string Description, IReadOnlyList<ImportParameter> Parameters);

/// <summary>
/// One kind of import. Listed once in <see cref="ImportCatalog"/>, it serves the import page, <c>POST /api/v1/imports/{name}</c>
/// and <c>samepage import NAME FILE</c> with the same options and the same report.
/// </summary>
public interface IImportKind
{
    ImportKindInfo Info { get; }

    /// <summary>
    /// Validates and imports in one transaction: all or nothing unless <see cref="ImportRequest.SkipInvalid"/>; a dry run
    /// writes nothing. Progress is in bytes of the file (rows for .xlsx).
    /// </summary>
    Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken);
}
