namespace SamePage.Core.Planning;

/// <summary>How an effect changes its input.</summary>
public enum EffectMode
{
    /// <summary>Adds a delta in the input's own unit (e.g. +0.03 on a margin of 0.25).</summary>
    Absolute,

    /// <summary>Multiplies the input by (1 + r), r as a fraction (0.2 = +20 %).</summary>
    Relative,
}
