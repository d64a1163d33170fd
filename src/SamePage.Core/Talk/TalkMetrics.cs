namespace SamePage.Core.Talk;

/// <summary>Message metrics beyond the JSON summary.</summary>
public sealed record TalkMetrics(
    int Business,
    int Product,
    int Bridged,
    int Neutral,
    TalkOrientation Orientation,
    TalkReadability Readability,
    IReadOnlyList<TalkPartnerValue> QuantifiedPartnerValue);
