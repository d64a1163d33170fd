using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// Applies measures to a business case. Per input: x' = (x + Σ absolute deltas) × Π (1 + relative changes), each at its
/// likely size; the value model is then evaluated again with x', so interactions come from the model and nothing is added up
/// outside it. Factual effects change the planned and factual cases, perceived effects only the perceived case.
/// </summary>
public static class EffectComposer
{
    /// <summary>The composition rule for one input: absolute deltas first (summed), then relative changes (multiplied).</summary>
    public static double Compose(double value, IEnumerable<double> absoluteDeltas, IEnumerable<double> relativeChanges)
    {
        ArgumentNullException.ThrowIfNull(absoluteDeltas);
        ArgumentNullException.ThrowIfNull(relativeChanges);
        var result = value + absoluteDeltas.Sum();
        foreach (var r in relativeChanges)
        {
            result *= 1 + r;
        }

        return result;
    }

    /// <summary>The inputs of a case with the measures applied at their likely sizes, in the model's input order.</summary>
    /// <exception cref="ArgumentException">An effect names an input the model does not have, or is invalid.</exception>
    public static double[] Apply(CompiledValueModel model, ValueBaselines baselines, BaselineKind baseline, IEnumerable<MeasureDefinition> measures)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        var compiled = Compile(model, measures);
        var inputs = baselines.InputsOf(model, baseline);
        var result = new double[inputs.Length];
        var scratch = new EffectScratch(inputs.Length);
        Apply(inputs, compiled.SelectMany(m => m), baseline, scratch, result, e => e.Likely);
        return result;
    }

    /// <summary>The business case of a case with the measures applied, evaluated again by the value model.</summary>
    public static BusinessCase Evaluate(CompiledValueModel model, ValueBaselines baselines, BaselineKind baseline, IEnumerable<MeasureDefinition> measures)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Evaluate(Apply(model, baselines, baseline, measures));
    }

    /// <summary>Resolves every effect to its input index; checks that each input exists and each effect is valid.</summary>
    internal static CompiledEffect[][] Compile(CompiledValueModel model, IEnumerable<MeasureDefinition> measures)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(measures);
        var result = new List<CompiledEffect[]>();
        foreach (var measure in measures)
        {
            ArgumentNullException.ThrowIfNull(measure);
            var effects = new CompiledEffect[measure.Effects.Count];
            for (var i = 0; i < effects.Length; i++)
            {
                var e = measure.Effects[i];
                if (e.Problem() is { } problem)
                {
                    throw new ArgumentException($"Measure '{measure.Key}' ({measure.Name}): {problem}", nameof(measures));
                }

                var index = model.InputIndex(e.Input);
                if (index < 0)
                {
                    throw new ArgumentException(
                        $"Measure '{measure.Key}' ({measure.Name}) has an effect on '{e.Input}', which is not an input of the value model '{model.Document.Solution}'. Inputs are: {string.Join(", ", model.InputNames)}.",
                        nameof(measures));
                }

                effects[i] = new CompiledEffect(index, e.Mode, e.Low, e.Likely, e.High, e.Target);
            }

            result.Add(effects);
        }

        return [.. result];
    }

    /// <summary>Writes baseline + effects (those that apply to the case) into destination; sizes come from <paramref name="size"/>.</summary>
    internal static void Apply(
        ReadOnlySpan<double> baseline,
        IEnumerable<CompiledEffect> effects,
        BaselineKind kind,
        EffectScratch scratch,
        Span<double> destination,
        Func<CompiledEffect, double> size)
    {
        scratch.Reset();
        foreach (var e in effects)
        {
            if (e.AppliesTo(kind))
            {
                scratch.Add(e, size(e));
            }
        }

        scratch.Compose(baseline, destination);
    }
}
