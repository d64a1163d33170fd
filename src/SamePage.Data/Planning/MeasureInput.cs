using SamePage.Data.Entities;

namespace SamePage.Data.Planning;

/// <summary>
/// A measure to create or update. Instrument, owner and solution by name (or id as text); effects as the JSON of
/// <see cref="SamePage.Core.Planning.MeasureEffectsJson"/>; dependencies and exclusions by measure id. On update, null keeps the stored value.
/// </summary>
public sealed record MeasureInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Instrument { get; init; }
    public string? Owner { get; init; }
    public string? Solution { get; init; }
    public IReadOnlyList<string>? Segments { get; init; }
    public decimal? CostOneOff { get; init; }
    public decimal? CostPerMonth { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public MeasureStatus? Status { get; init; }
    public string? EffectsJson { get; init; }
    public IReadOnlyList<int>? DependsOn { get; init; }
    public IReadOnlyList<int>? Excludes { get; init; }
}

/// <summary>The input of a measure is invalid; <see cref="Errors"/> names each field and the reasons.</summary>
public sealed class MeasureValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The measure is invalid: " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
