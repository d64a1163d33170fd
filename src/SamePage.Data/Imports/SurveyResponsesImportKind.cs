using System.Globalization;
using SamePage.Core.Actuals;
using SamePage.Data.Perception;

namespace SamePage.Data.Imports;

/// <summary>Survey responses from an external survey tool into an open or closed wave; idempotent by the response's externalId.</summary>
public sealed class SurveyResponsesImportKind(SurveyService surveys, SamePageDbContext db) : IImportKind
{
    public const string WaveParameter = "wave";

    public static ImportKindInfo About { get; } = new("survey-responses", "Survey responses: externalId, partnerId, then one column per question id (CSV or .xlsx).",
        [new(WaveParameter, "the id of the survey wave the responses answer (samepage survey list).")]);

    public ImportKindInfo Info => About;

    public async Task<ImportOutcome> ImportAsync(ImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ImportRegistry.CheckParameters(this, request);
        if (!int.TryParse(request.Parameters[WaveParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var wave))
        {
            throw new ArgumentException($"'{WaveParameter}' is a survey wave id (a whole number), not '{request.Parameters[WaveParameter]}'.");
        }
        var opened = await MappedFile.OpenAsync(db, About.Name, request, cancellationToken);
        var options = new SurveyImportOptions
        {
            DryRun = request.DryRun,
            SkipInvalid = request.SkipInvalid,
            Culture = opened.Culture,
            Rejects = request.SkipInvalid && request.RejectsPath is { } path ? File.Create(path) : null,
        };
        return await surveys.ImportAsync(wave, opened.Reader, request.FileName, options, progress, cancellationToken);
    }
}
