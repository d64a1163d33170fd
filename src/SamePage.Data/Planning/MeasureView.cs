using SamePage.Core.Planning;
using SamePage.Data.Entities;

namespace SamePage.Data.Planning;

/// <summary>A stored measure with its names resolved and its effects parsed.</summary>
public sealed record MeasureView(
    int Id,
    string Name,
    string? Description,
    string Instrument,
    int? OwnerId,
    string? Owner,
    int SolutionId,
    string Solution,
    IReadOnlyList<string> Segments,
    decimal CostOneOff,
    decimal CostPerMonth,
    DateOnly StartDate,
    DateOnly EndDate,
    MeasureStatus Status,
    IReadOnlyList<MeasureEffect> Effects,
    IReadOnlyList<int> DependsOn,
    IReadOnlyList<int> Excludes)
{
    /// <summary>One-off + per month × billed months, as the planner counts it.</summary>
    public double VendorCost => ToDefinition().VendorCost;

    /// <summary>True when the measure is meant for the segment: it names it, or names no segment at all.</summary>
    public bool AppliesToSegment(string segment) =>
        Segments.Count == 0 || Segments.Contains(segment, StringComparer.OrdinalIgnoreCase);

    /// <summary>The planning engine's view: Key = the id, dependencies and exclusions as id keys.</summary>
    public MeasureDefinition ToDefinition() => new(
        Key(Id),
        Name,
        Instrument,
        Owner,
        (double)CostOneOff,
        (double)CostPerMonth,
        StartDate,
        EndDate,
        Effects,
        [.. DependsOn.Select(Key)],
        [.. Excludes.Select(Key)]);

    public static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static MeasureView From(Measure m) => new(
        m.Id,
        m.Name,
        m.Description,
        m.Instrument?.Name ?? "",
        m.OwnerId,
        m.Owner?.Name,
        m.SolutionId,
        m.Solution?.Name ?? "",
        [.. m.Segments],
        m.CostOneOff,
        m.CostPerMonth,
        m.StartDate,
        m.EndDate,
        m.Status,
        MeasureEffectsJson.Parse(m.EffectsJson),
        [.. m.DependsOn],
        [.. m.Excludes]);
}
