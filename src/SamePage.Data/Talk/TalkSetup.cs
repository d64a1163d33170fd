using SamePage.Core.Talk;

namespace SamePage.Data.Talk;

/// <summary>An analyzer bound to one solution's value model (or to none), with the figures for its suggestions.</summary>
public sealed record TalkSetup(TalkAnalyzer Analyzer, IReadOnlyList<DriverFigure> Figures, int? SolutionId, string? SolutionName, string? Segment)
{
    /// <summary>Ranked information needs for congruence (a partner's or a segment's), empty when none were asked for.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    public TalkAnalysisOptions Options(IReadOnlyList<string>? needs = null, string? file = null) =>
        new() { Figures = Figures, InformationNeeds = needs ?? [], File = file };
}
