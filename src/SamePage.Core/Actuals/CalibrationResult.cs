namespace SamePage.Core.Actuals;

/// <summary>
/// The outcome of calibrating a value model from a partner's actuals: the overrides to evaluate the model with
/// (input name → observed value), the calibrated inputs (planned vs observed) and the inputs that keep their plan.
/// </summary>
public sealed record CalibrationResult(
    IReadOnlyDictionary<string, double> Overrides,
    IReadOnlyList<CalibratedInput> Calibrated,
    IReadOnlyList<FlaggedInput> Flagged);
