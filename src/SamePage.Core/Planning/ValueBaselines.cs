using SamePage.Core.Values;

namespace SamePage.Core.Planning;

/// <summary>
/// The three business cases measures are judged on. Planned = the model's likely inputs; factual = the likely inputs with
/// the inputs calibrated from actual data replaced; perceived = the likely inputs with the partners' survey estimates replaced.
/// Inputs not given for factual or perceived keep their likely value.
/// </summary>
public sealed record ValueBaselines(IReadOnlyDictionary<string, double>? Factual = null, IReadOnlyDictionary<string, double>? Perceived = null)
{
    /// <summary>No actuals and no survey estimates: all three cases start from the likely inputs.</summary>
    public static ValueBaselines PlannedOnly { get; } = new();

    /// <summary>The overrides of a case (none for planned).</summary>
    public IReadOnlyDictionary<string, double>? OverridesOf(BaselineKind baseline) => baseline switch
    {
        BaselineKind.Factual => Factual,
        BaselineKind.Perceived => Perceived,
        _ => null,
    };

    /// <summary>The input vector of a case, in the model's input order.</summary>
    /// <exception cref="ArgumentException">An override names an input the model does not have, or is not finite.</exception>
    public double[] InputsOf(CompiledValueModel model, BaselineKind baseline)
    {
        ArgumentNullException.ThrowIfNull(model);
        return OverridesOf(baseline) is { } overrides ? model.InputsWith(overrides) : model.LikelyInputs();
    }
}
