namespace SamePage.Core.Planning;

/// <summary>An effect resolved against a model: the input's index instead of its name.</summary>
internal readonly record struct CompiledEffect(int Input, EffectMode Mode, double Low, double Likely, double High, EffectTarget Target)
{
    public bool AppliesTo(BaselineKind baseline) =>
        baseline == BaselineKind.Perceived ? Target == EffectTarget.Perceived : Target == EffectTarget.Factual;
}
