namespace SamePage.Core.Talk;

/// <summary>
/// How the parts decide one sentence: a channel manager's correction of the same sentence wins; otherwise the
/// learned classifier decides (the rules' cues are among its features and stay the explanation); without a
/// classifier the rules decide. Footer and signature lines never reach the classifier: they are neutral by
/// position, not by wording.
/// </summary>
public static class TalkCombination
{
    public static (TalkLabel Label, double Confidence, TalkLabelSource Source) Combine(
        TalkLabel ruleLabel,
        double ruleConfidence,
        TalkPrediction? model,
        TalkLabel? correction)
    {
        if (correction is { } corrected)
        {
            return (corrected, 1.0, TalkLabelSource.Correction);
        }

        return model is null ? (ruleLabel, ruleConfidence, TalkLabelSource.Rules) : (model.Label, model.Probability, TalkLabelSource.Model);
    }

    /// <summary>The key under which corrections are looked up: lower case, single spaces, no outer punctuation.</summary>
    public static string NormalizeSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return TalkTextBuilder.CollapseWhitespace(sentence).Trim().TrimEnd('.', '!', '?', ':', ';').ToLowerInvariant();
    }
}
