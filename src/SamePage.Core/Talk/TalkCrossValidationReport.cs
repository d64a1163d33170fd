namespace SamePage.Core.Talk;

/// <summary>Result of <see cref="TalkCrossValidation.Run"/>: pooled held-out report and per-part accuracies.</summary>
public sealed record TalkCrossValidationReport(
    int Folds,
    IReadOnlyList<double> FoldAccuracies,
    double CombinedAccuracy,
    double RulesAccuracy,
    double ModelAccuracy,
    TalkEvaluationReport Combined);
