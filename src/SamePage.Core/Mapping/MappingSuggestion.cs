namespace SamePage.Core.Mapping;

/// <summary>The values an enumeration column holds in a file and what the suggested mapping makes of each (null: nothing yet).</summary>
public sealed record EnumerationValues(string Target, string Column, IReadOnlyList<string> Allowed, IReadOnlyList<SeenValue> Values);

public sealed record SeenValue(string Value, int Count, string? Proposed);

/// <summary>
/// A proposed mapping for a file: the preset it starts from (if one fits), the culture and date formats detected, the source
/// columns it could not place and the required targets it could not fill (both listed, never guessed).
/// </summary>
public sealed record MappingSuggestion(
    ImportMappingDocument Mapping,
    string? Preset,
    string Culture,
    IReadOnlyList<string> DateFormats,
    IReadOnlyList<string> SourceColumns,
    IReadOnlyList<string> Unplaced,
    IReadOnlyList<string> Missing,
    IReadOnlyList<EnumerationValues> Enumerations);
