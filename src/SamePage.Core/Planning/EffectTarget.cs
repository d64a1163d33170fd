namespace SamePage.Core.Planning;

/// <summary>Which business case an effect changes.</summary>
public enum EffectTarget
{
    /// <summary>The partner's real economics (margin, leads, effort): moves the factual and the planned case.</summary>
    Factual,

    /// <summary>What partners believe (communication, enablement): moves only the perceived case.</summary>
    Perceived,
}
