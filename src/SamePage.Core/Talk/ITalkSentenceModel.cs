namespace SamePage.Core.Talk;

/// <summary>A trained sentence classifier that the analyzer combines with its rules.</summary>
public interface ITalkSentenceModel
{
    TalkPrediction Predict(string sentence, string language);
}
