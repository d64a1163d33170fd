using System.Globalization;

namespace SamePage.Core.Planning;

/// <summary>
/// The expected change of one input by a measure: an absolute delta or a relative change (fraction, 0.2 = +20 %),
/// with a low / likely / high range for its size, on the factual or the perceived case.
/// </summary>
public sealed record MeasureEffect(string Input, EffectMode Mode, double Low, double Likely, double High, EffectTarget Target)
{
    /// <summary>The reason the effect is invalid, or null: empty input, non-finite or unordered sizes, a relative change below −100 %.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Input))
        {
            return "The input of an effect is required.";
        }

        if (!double.IsFinite(Low) || !double.IsFinite(Likely) || !double.IsFinite(High))
        {
            return $"The effect on '{Input}' needs finite low, likely and high sizes.";
        }

        if (Low > Likely || Likely > High)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The effect on '{Input}' needs low <= likely <= high (got {Low}, {Likely}, {High}).");
        }

        if (Mode == EffectMode.Relative && Low < -1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The relative effect on '{Input}' cannot be below -100 % (low is {Low}; relative sizes are fractions, -0.2 = -20 %).");
        }

        return null;
    }

    /// <summary>True when this effect changes the given case: factual effects move planned and factual, perceived effects move perceived.</summary>
    public bool AppliesTo(BaselineKind baseline) =>
        baseline == BaselineKind.Perceived ? Target == EffectTarget.Perceived : Target == EffectTarget.Factual;
}
