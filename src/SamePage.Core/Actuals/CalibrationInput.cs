namespace SamePage.Core.Actuals;

/// <summary>A value-model input whose "actual" names a channel metric, with its planned value.</summary>
public sealed record CalibrationInput(string InputName, string ActualMetric, double Planned);
