using SamePage.Core.Perception;
using SamePage.Data.Entities;

namespace SamePage.Data.Perception;

/// <summary>A wave as the results show it.</summary>
public sealed record WaveSummary(int Id, string Name, string Solution, IReadOnlyList<string> Segments, SurveyWaveStatus Status, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>One wave in the trend: respondents and, when they may be shown, NPS, mean overall value and median perceived npv.</summary>
public sealed record WaveTrendPoint(int WaveId, string Name, DateOnly ClosesOn, int Respondents, NpsSummary? Nps, double? OverallMean, double? PerceivedMedian);

/// <summary>
/// The perception results of one solution × segment for one viewer. <see cref="Hidden"/>: fewer respondents than the
/// anonymity threshold and the viewer is not an admin, so every aggregate is withheld. Partner users get peer aggregates
/// only (no per-partner figures, no factual medians, no talking points) and their own answers.
/// </summary>
public sealed record PerceptionView(
    string Solution,
    string? Segment,
    string Currency,
    IReadOnlyList<WaveSummary> Waves,
    bool Hidden,
    int AnonymityThreshold,
    PerceptionReport Report,
    IReadOnlyList<SurveyQuestion> Questions,
    IReadOnlyList<SegmentNpvQuartiles> Segments,
    IReadOnlyList<PartnerNpvGap> PartnerGaps,
    IReadOnlyList<TalkingPoint> TalkingPoints,
    IReadOnlyList<WaveTrendPoint> Trend,
    IReadOnlyList<SurveyAnswer>? OwnAnswers);
