namespace SamePage.Core.Mapping;

/// <summary>How one target column of a mapped file gets its value from a source record.</summary>
internal sealed record ColumnRule(MappingTarget Target, string Label)
{
    /// <summary>The first source column of a plain column rule, else -1.</summary>
    public int Source => Sources.Count > 0 ? Sources[0] : -1;

    /// <summary>The alternative source columns the file has, in the mapping's order: the first non-empty value counts.</summary>
    public IReadOnlyList<int> Sources { get; init; } = [];

    /// <summary>The value of an empty cell (or of a column the file lacks).</summary>
    public string? Default { get; init; }

    /// <summary>Whether the file has none of the rule's columns, so its default stands for every row.</summary>
    public bool Defaulted { get; init; }

    public string? Constant { get; init; }

    public SourceFormula? Formula { get; init; }

    public IReadOnlyList<int> Join { get; init; } = [];

    public string Separator { get; init; } = "-";

    public ValueMap? Values { get; init; }

    public PartnerMatch Match { get; init; } = PartnerMatch.Auto;

    /// <summary>The source columns the value is made from (for display and for culture detection).</summary>
    public IEnumerable<int> Inputs => Sources.Count > 0 ? Sources : Formula is not null ? Formula.Columns : Join;
}
