using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace SamePage.Core.Talk;

/// <summary>
/// Trains the sentence classifier on a labelled corpus plus channel managers' corrections. A correction
/// replaces any corpus example with the same sentence and weighs <see cref="CorrectionWeight"/> times
/// as much as a corpus example, so a few corrections move the model.
/// </summary>
public static class TalkModelTrainer
{
    public const float CorrectionWeight = 3f;

    public static TalkTextModel Train(IEnumerable<TalkExample> examples, IEnumerable<TalkCorrection>? corrections = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var correctionList = (corrections ?? []).ToList();
        var corrected = new HashSet<string>(correctionList.Select(c => TalkCombination.NormalizeSentence(c.Sentence)), StringComparer.Ordinal);
        var rows = examples
            .Where(e => !corrected.Contains(TalkCombination.NormalizeSentence(e.Sentence)))
            .Select(e => new TalkModelInput { Text = TalkModelInput.Compose(e.Sentence, e.Language), Label = TalkLabels.Name(e.Label), Weight = 1f })
            .Concat(correctionList.Select(c => new TalkModelInput { Text = TalkModelInput.Compose(c.Sentence, c.Language), Label = TalkLabels.Name(c.Label), Weight = CorrectionWeight }))
            .ToList();
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.", nameof(examples));
        }

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TalkModelInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(TalkModelInput.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(TalkModelInput.Weight),
                MaximumNumberOfIterations = 1000,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var transformer = pipeline.Fit(data);
        return new TalkTextModel(ml, transformer, data.Schema);
    }
}
