namespace SamePage.Core.Perception;

/// <summary>
/// The relative gaps beyond which an input is a blind spot (below <see cref="BlindSpotBelow"/>, default −0.20) or an
/// over-promise (above <see cref="OverPromiseAbove"/>, default +0.20). A gap exactly at a threshold is aligned.
/// </summary>
public sealed record PerceptionGapThresholds(double BlindSpotBelow = -0.20, double OverPromiseAbove = 0.20)
{
    public static PerceptionGapThresholds Default { get; } = new();
}
