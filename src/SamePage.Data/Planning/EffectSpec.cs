using System.Globalization;
using SamePage.Core.Planning;

namespace SamePage.Data.Planning;

/// <summary>The short form of an effect for the CLI and CSV files: <c>input:mode:low:likely:high:target</c>, e.g. <c>recurringMargin:absolute:0.01:0.02:0.03:factual</c>.</summary>
public static class EffectSpec
{
    /// <exception cref="FormatException">The text is not of that form, or the effect is invalid.</exception>
    public static MeasureEffect Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        if (parts.Length != 6)
        {
            throw new FormatException($"Effect '{text}': use input:mode:low:likely:high:target, e.g. recurringMargin:absolute:0.01:0.02:0.03:factual.");
        }
        var mode = parts[1].Trim().ToLowerInvariant() switch
        {
            "absolute" => EffectMode.Absolute,
            "relative" => EffectMode.Relative,
            _ => throw new FormatException($"Effect '{text}': unknown mode '{parts[1]}'; use absolute or relative."),
        };
        var target = parts[5].Trim().ToLowerInvariant() switch
        {
            "factual" => EffectTarget.Factual,
            "perceived" => EffectTarget.Perceived,
            _ => throw new FormatException($"Effect '{text}': unknown target '{parts[5]}'; use factual or perceived."),
        };
        double Number(string value, string what) =>
            double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
                ? n
                : throw new FormatException($"Effect '{text}': {what} '{value}' is not a number (use a dot for decimals).");
        var effect = new MeasureEffect(parts[0].Trim(), mode, Number(parts[2], "low"), Number(parts[3], "likely"), Number(parts[4], "high"), target);
        return effect.Problem() is { } problem ? throw new FormatException(problem) : effect;
    }

    /// <summary>Several effects separated by ';' (empty text = none).</summary>
    public static IReadOnlyList<MeasureEffect> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    public static string Format(MeasureEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return string.Create(CultureInfo.InvariantCulture,
            $"{effect.Input}:{effect.Mode.ToString().ToLowerInvariant()}:{effect.Low}:{effect.Likely}:{effect.High}:{effect.Target.ToString().ToLowerInvariant()}");
    }
}
