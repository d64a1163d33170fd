namespace SamePage.Core.Talk;

/// <summary>Result of <see cref="TalkCrossValidation.Run"/>: the pooled out-of-fold report, per-fold accuracies and the rules alone.</summary>
public sealed record TalkCrossValidationReport(
    int Folds,
    IReadOnlyList<double> FoldAccuracies,
    double CombinedAccuracy,
    double RulesAccuracy,
    TalkEvaluationReport Combined);
