namespace SamePage.Core.Values;

/// <summary>
/// A value model in the file format <c>samepage.valuemodel/1</c> (see docs/value-model.md):
/// the partner's business case for one solution and optionally one segment.
/// </summary>
public sealed record ValueModelDocument
{
    /// <summary>The format identifier this version reads and writes.</summary>
    public const string SchemaId = "samepage.valuemodel/1";

    public string Schema { get; init; } = SchemaId;

    public string Solution { get; init; } = string.Empty;

    public string? Segment { get; init; }

    public LocalizedText? Description { get; init; }

    public string? Currency { get; init; }

    public int HorizonMonths { get; init; }

    /// <summary>Yearly discount rate as a fraction (0.08 = 8 %).</summary>
    public double DiscountRate { get; init; }

    public ModelTarget? Target { get; init; }

    public IReadOnlyList<ModelInput> Inputs { get; init; } = [];

    public IReadOnlyList<ModelDriver> Drivers { get; init; } = [];
}

/// <summary>The target the business case should reach (today on npv; perceived value comes later).</summary>
public sealed record ModelTarget
{
    public double? Npv { get; init; }
}
