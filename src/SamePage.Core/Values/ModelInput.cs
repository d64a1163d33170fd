using System.Text.Json.Serialization;

namespace SamePage.Core.Values;

/// <summary>An input (assumption) of a value model: a named number with unit and an optional low/likely/high range.</summary>
public sealed record ModelInput
{
    public string Name { get; init; } = string.Empty;

    /// <summary>One of <see cref="ModelUnits.All"/>: currency, percent (as a fraction), count, hours, months, ratio.</summary>
    public string? Unit { get; init; }

    public double? Low { get; init; }

    /// <summary>Required; the value used for the base business case.</summary>
    public double? Likely { get; init; }

    public double? High { get; init; }

    public LocalizedText? Label { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>The observed metric used to calibrate this input from real data (e.g. <c>avgPartnerMargin</c>).</summary>
    public string? Actual { get; init; }

    /// <summary>When true, partner surveys ask partners to estimate this input.</summary>
    public bool? AskPartners { get; init; }

    /// <summary>Other words for this input, used by the talk analyzer to recognise business talk about it.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>The driver-library entry the row was made from (its key): the link that keeps labels the same everywhere.</summary>
    public string? Library { get; init; }

    /// <summary>True when both low and high are given.</summary>
    [JsonIgnore]
    public bool HasRange => Low is not null && High is not null;
}
