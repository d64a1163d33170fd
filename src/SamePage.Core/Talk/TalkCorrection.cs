namespace SamePage.Core.Talk;

/// <summary>A channel manager's correction of one sentence's label; it overrides the analyzer for that sentence and trains the model.</summary>
public sealed record TalkCorrection(string Sentence, string Language, TalkLabel Label);

/// <summary>A labelled sentence of a corpus.</summary>
public sealed record TalkExample(TalkLabel Label, string Language, string Sentence);

/// <summary>A label prediction of a trained model with its probability.</summary>
public sealed record TalkPrediction(TalkLabel Label, double Probability);

/// <summary>A trained sentence classifier that the analyzer combines with its rules.</summary>
public interface ITalkSentenceModel
{
    TalkPrediction Predict(string sentence, string language);
}
