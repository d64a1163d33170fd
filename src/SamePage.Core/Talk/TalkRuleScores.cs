namespace SamePage.Core.Talk;

/// <summary>The cue sums of one unit, per lexicon kind: the rules' evidence, and features of the learned classifier.</summary>
internal readonly record struct TalkRuleScores(
    double Money,
    double Cost,
    double Outcome,
    double Market,
    double Feature,
    double Spec,
    double Technology,
    double Bridge,
    double Logistics,
    double Quantified,
    int Negations,
    int PartnerPronouns);
