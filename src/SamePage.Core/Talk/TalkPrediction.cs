namespace SamePage.Core.Talk;

/// <summary>A label prediction of a trained model with its probability.</summary>
public sealed record TalkPrediction(TalkLabel Label, double Probability);
