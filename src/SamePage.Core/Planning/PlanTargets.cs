namespace SamePage.Core.Planning;

/// <summary>
/// Npv targets per partner: the factual target is checked on the factual case, the perceived target on the perceived case.
/// Give one or both.
/// </summary>
public sealed record PlanTargets(double? FactualNpv, double? PerceivedNpv = null)
{
    /// <summary>The target a case is checked against: factual for planned and factual, perceived for perceived.</summary>
    public double? For(BaselineKind baseline) => baseline == BaselineKind.Perceived ? PerceivedNpv : FactualNpv;
}
