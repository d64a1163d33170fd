namespace SamePage.Data.Imports;

/// <summary>A value an import kind needs besides the file, e.g. the survey wave the responses belong to.</summary>
public sealed record ImportParameter(string Name, string Description);

/// <summary>
/// One kind of import. Registered once (<see cref="ImportRegistration.AddImportKind{T}"/>), it serves the import page,
/// <c>POST /api/v1/imports/{name}</c> and <c>samepage import NAME FILE</c> with the same options and the same report.
/// </summary>
public interface IImportKind
{
    /// <summary>Lower-case name in URLs and on the command line, e.g. "deals".</summary>
    string Name { get; }

    /// <summary>One English sentence for help texts: what the file holds.</summary>
    string Description { get; }

    /// <summary>Required parameters besides the file; none for most kinds.</summary>
    IReadOnlyList<ImportParameter> Parameters => [];

    /// <summary>
    /// Validates and imports in one transaction: all or nothing unless <see cref="ImportRequest.SkipInvalid"/>; a dry run
    /// writes nothing. Progress is in bytes of the file (rows for .xlsx).
    /// </summary>
    Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken);
}
