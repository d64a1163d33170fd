namespace SamePage.Core.Values;

/// <summary>The tornado: npv with one input at a time at its low and at its high, all others at likely.</summary>
public static class SensitivityAnalysis
{
    /// <summary>
    /// Runs the tornado over every input with a range, sorted by swing = |npvHigh − npvLow| descending, then by name.
    /// <paramref name="overrides"/> replace likely values; <paramref name="ranges"/> replace or add input ranges.
    /// </summary>
    public static SensitivityResult Run(
        CompiledValueModel model,
        IReadOnlyDictionary<string, double>? overrides = null,
        IReadOnlyDictionary<string, InputRange>? ranges = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var baseline = overrides is null ? model.LikelyInputs() : model.InputsWith(overrides);
        var workspace = model.CreateWorkspace();
        var baseNpv = model.EvaluateSummary(baseline, workspace).Npv;
        var results = new List<InputSensitivity>();
        var trial = new double[baseline.Length];
        foreach (var (index, range) in RangedInputs.Resolve(model, ranges))
        {
            baseline.CopyTo(trial, 0);
            trial[index] = range.Low;
            var low = model.EvaluateSummary(trial, workspace).Npv;
            trial[index] = range.High;
            var high = model.EvaluateSummary(trial, workspace).Npv;
            results.Add(new InputSensitivity(model.InputNames[index], low, high, Math.Abs(high - low)));
        }

        var sorted = results
            .OrderByDescending(r => r.Swing)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new SensitivityResult(baseNpv, sorted);
    }
}

/// <summary>The tornado: base npv and one bar per input with a range, largest swing first.</summary>
public sealed record SensitivityResult(double BaseNpv, IReadOnlyList<InputSensitivity> Inputs);

/// <summary>Npv with the input at its low and at its high value, and the swing |npvHigh − npvLow|.</summary>
public sealed record InputSensitivity(string Name, double NpvLow, double NpvHigh, double Swing);
