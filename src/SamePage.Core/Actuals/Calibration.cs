namespace SamePage.Core.Actuals;

/// <summary>
/// The rule of the factual business case: an input whose "actual" names a metric takes the partner's observed value
/// only when the partner has at least <see cref="MinimumWonDeals"/> won deals in the window; otherwise it keeps its
/// planned value and is flagged. An input whose metric has no value (a ratio over zero deals) or is unknown is flagged too.
/// </summary>
public static class Calibration
{
    public const int MinimumWonDeals = 3;

    public static CalibrationResult Calibrate(ChannelMetrics metrics, int wonDeals, IEnumerable<CalibrationInput> inputs, int minimumWonDeals = MinimumWonDeals)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(inputs);
        var overrides = new Dictionary<string, double>(StringComparer.Ordinal);
        var calibrated = new List<CalibratedInput>();
        var flagged = new List<FlaggedInput>();
        foreach (var input in inputs)
        {
            if (!metrics.TryGet(input.ActualMetric, out var observed))
            {
                flagged.Add(new FlaggedInput(input.InputName, input.Planned, null, $"'{input.ActualMetric}' is not a channel metric"));
                continue;
            }

            double? value = observed is { } v ? (double)v : null;
            if (wonDeals < minimumWonDeals)
            {
                flagged.Add(new FlaggedInput(input.InputName, input.Planned, value, $"only {wonDeals} won deals in the window (at least {minimumWonDeals} needed); planned value kept"));
            }
            else if (value is null)
            {
                flagged.Add(new FlaggedInput(input.InputName, input.Planned, null, $"no data for {input.ActualMetric} in the window; planned value kept"));
            }
            else
            {
                overrides[input.InputName] = value.Value;
                calibrated.Add(new CalibratedInput(input.InputName, input.Planned, value.Value));
            }
        }

        return new CalibrationResult(overrides, calibrated, flagged);
    }
}
