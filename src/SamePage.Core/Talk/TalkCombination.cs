namespace SamePage.Core.Talk;

/// <summary>
/// How rules, model and corrections combine for one sentence: a correction of the same sentence wins;
/// otherwise the rules decide when their confidence reaches the threshold; below it the model decides
/// when its probability is higher than the rules' confidence. Footer lines stay neutral.
/// </summary>
public static class TalkCombination
{
    public const double DefaultRuleThreshold = 0.75;

    public static (TalkLabel Label, double Confidence, TalkLabelSource Source) Combine(
        TalkLabel ruleLabel,
        double ruleConfidence,
        TalkPrediction? model,
        TalkLabel? correction,
        double ruleThreshold = DefaultRuleThreshold)
    {
        if (correction is { } corrected)
        {
            return (corrected, 1.0, TalkLabelSource.Correction);
        }

        if (model is null || ruleConfidence >= ruleThreshold || model.Probability <= ruleConfidence)
        {
            return (ruleLabel, ruleConfidence, TalkLabelSource.Rules);
        }

        return (model.Label, model.Probability, TalkLabelSource.Model);
    }

    /// <summary>The key under which corrections are looked up: lower case, single spaces, no outer punctuation.</summary>
    public static string NormalizeSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return TalkTextBuilder.CollapseWhitespace(sentence).Trim().TrimEnd('.', '!', '?', ':', ';').ToLowerInvariant();
    }
}
