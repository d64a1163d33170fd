namespace SamePage.Core.Talk;

/// <summary>
/// Per-message inputs: the ranked information needs (driver names, most important first) for congruence,
/// the driver figures for suggestions, the file name and line number echoed in the JSON.
/// </summary>
public sealed record TalkAnalysisOptions
{
    public IReadOnlyList<string> InformationNeeds { get; init; } = [];

    public IReadOnlyList<DriverFigure> Figures { get; init; } = [];

    public string? File { get; init; }

    public int? Line { get; init; }
}
