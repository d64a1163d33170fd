namespace SamePage.Core.Values;

/// <summary>A value driver: one line of the partner's business case, computed for every month by a formula.</summary>
public sealed record ModelDriver
{
    public string Name { get; init; } = string.Empty;

    /// <summary>benefit | cost | investment | metric (an intermediate quantity, not a cash flow).</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>For benefits: resale | recurring | services | other (default other).</summary>
    public string? Stream { get; init; }

    public string Formula { get; init; } = string.Empty;

    /// <summary>The only month the driver is active in; excludes start/end.</summary>
    public int? At { get; init; }

    /// <summary>First active month (default 1).</summary>
    public int? Start { get; init; }

    /// <summary>Last active month (default the horizon).</summary>
    public int? End { get; init; }

    /// <summary>Linear ramp-up: the value is multiplied by min(1, active / rampMonths) (default 0 = no ramp).</summary>
    public int? RampMonths { get; init; }

    public LocalizedText? Label { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>Other words for this driver, used by the talk analyzer.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>The driver-library entry the row was made from (its key).</summary>
    public string? Library { get; init; }
}
