namespace SamePage.Core.Actuals;

/// <summary>How to read an import file.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>The number format; null detects it from the first <see cref="DetectionRows"/> records (see docs/import-formats.md).</summary>
    public NumberCulture? Culture { get; init; }

    public ImportReferences References { get; init; } = ImportReferences.None;

    /// <summary>How many records the culture detection looks at.</summary>
    public int DetectionRows { get; init; } = 200;
}
