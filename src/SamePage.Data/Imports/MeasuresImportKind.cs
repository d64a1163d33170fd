using SamePage.Data.Planning;

namespace SamePage.Data.Imports;

/// <summary>The register of measures from CSV (docs/measures.md); updates by name and solution.</summary>
public sealed class MeasuresImportKind(MeasureCsvImport import) : IImportKind
{
    public static ImportKindInfo About { get; } = new("measures", "Measures: name, instrument, solution, start, end, costs, effects and links (measures.csv).", []);

    public ImportKindInfo Info => About;

    public async Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var length = new FileInfo(request.Path).Length;
        await using var stream = File.OpenRead(request.Path);
        var outcome = await import.ImportAsync(stream, request, cancellationToken);
        progress?.Report(length);
        return outcome;
    }
}
