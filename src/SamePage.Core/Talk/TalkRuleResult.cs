namespace SamePage.Core.Talk;

/// <summary>What the rules found in one unit: label, confidence, cues, linked drivers and the scores behind them.</summary>
internal sealed record TalkRuleResult(
    TalkLabel Label,
    double Confidence,
    IReadOnlyList<TalkCue> Cues,
    IReadOnlyList<string> Drivers,
    IReadOnlyList<string> FeatureDrivers,
    IReadOnlyList<(int Start, int End, string Driver)> FeatureMentions,
    IReadOnlyList<TalkQuantity> Quantities,
    double BusinessScore,
    double ProductScore,
    double BridgeScore,
    bool IsFooter,
    bool IsSignOff,
    int PartnerMentions,
    int VendorMentions)
{
    public TalkRuleScores Scores { get; init; }
}
