namespace SamePage.Core.Talk;

/// <summary>A label prediction of the learned classifier with its calibrated probability.</summary>
public sealed record TalkPrediction(TalkLabel Label, double Probability)
{
    /// <summary>Probabilities in the order of <see cref="TalkLabels.All"/> (business, product, bridged, neutral).</summary>
    public IReadOnlyList<double> Probabilities { get; init; } = [];
}
