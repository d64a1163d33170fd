using SamePage.Core.Actuals;

namespace SamePage.Data.Perception;

/// <summary>
/// How to import a survey responses file: <see cref="DryRun"/> validates only; <see cref="SkipInvalid"/> imports the
/// valid rows and leaves the rest (written to <see cref="Rejects"/> when given); otherwise any error imports nothing.
/// </summary>
public sealed record SurveyImportOptions
{
    public bool DryRun { get; init; }

    public bool SkipInvalid { get; init; }

    public NumberCulture? Culture { get; init; }

    /// <summary>Where to write REJECTS.csv (the writer owns and closes the stream).</summary>
    public Stream? Rejects { get; init; }
}
