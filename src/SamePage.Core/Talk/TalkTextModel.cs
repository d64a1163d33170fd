using Microsoft.ML;

namespace SamePage.Core.Talk;

/// <summary>
/// A trained ML.NET sentence classifier (text featurisation of word and character n-grams, multiclass
/// SDCA maximum entropy). Thread-safe: predictions are serialised on one prediction engine.
/// </summary>
public sealed class TalkTextModel : ITalkSentenceModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<TalkModelInput, TalkModelOutput> _engine;
    private readonly Lock _lock = new();

    internal TalkTextModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<TalkModelInput, TalkModelOutput>(transformer);
    }

    public TalkPrediction Predict(string sentence, string language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        TalkModelOutput output;
        lock (_lock)
        {
            output = _engine.Predict(new TalkModelInput { Text = TalkModelInput.Compose(sentence, language), Label = string.Empty, Weight = 1f });
        }

        TalkLabels.TryParse(output.PredictedLabel, out var label);
        var probability = output.Score is { Length: > 0 } scores ? scores.Max() : 0f;
        return new TalkPrediction(label, Math.Round(probability, 3));
    }

    /// <summary>Saves the model (ML.NET zip format) so a trained model can be stored with the corrections.</summary>
    public void Save(Stream stream)
    {
        _ml.Model.Save(_transformer, _inputSchema, stream);
    }

    public static TalkTextModel Load(Stream stream)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(stream, out var schema);
        return new TalkTextModel(ml, transformer, schema);
    }
}
