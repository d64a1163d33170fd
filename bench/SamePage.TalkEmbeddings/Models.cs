using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SamePage.Core.Talk;

namespace SamePage.TalkEmbeddings;

/// <summary>The classifier's hashed features of one sentence: sorted indices and their values.</summary>
internal sealed record HashedFeatures(int[] Indices, float[] Values);

/// <summary>ML.NET multinomial logistic regressions over embeddings, alone or next to the classifier's own features.</summary>
internal static class Models
{
    public const int EmbeddingDimension = 384;
    public const int ConcatDimension = TalkFeatures.Dimension + EmbeddingDimension;

    /// <summary>The shipped classifier's L2 (docs/talk-analyzer.md); the concatenation keeps it.</summary>
    public const float ShippedL2 = 0.05f;

    private static readonly TalkRules Rules = new(TalkLexicon.Default, new TalkVocabularyIndex(TalkVocabulary.Empty, TalkLexicon.Default));

    public static HashedFeatures Hashed(string sentence, string language)
    {
        var sink = new Sink(new SortedDictionary<int, float>());
        TalkFeatures.Extract(ref sink, sentence, language, Rules.Classify(sentence, 0, sentence.Length));
        return new HashedFeatures([.. sink.Values.Keys], [.. sink.Values.Values]);
    }

    public static Model FitDense(float[][] embeddings, int[] labels, float l2) =>
        Fit(embeddings.Select((e, i) => new DenseRow { Features = e, Label = (uint)labels[i] }), l2, (ml, rows) => ml.Data.LoadFromEnumerable(rows.Cast<DenseRow>()));

    public static ConcatModel FitConcat(HashedFeatures[] hashed, float[][] embeddings, int[] labels, float scale) =>
        new(Fit(hashed.Select((h, i) => Concat(h, embeddings[i], scale, labels[i])), ShippedL2, (ml, rows) => ml.Data.LoadFromEnumerable(rows.Cast<SparseRow>())), scale);

    /// <summary>Accuracy of out-of-fold predictions (folds by a seeded shuffle of the rows).</summary>
    public static double CrossValidate(int[] labels, int folds, Func<int[], int[], float[][]> fitAndPredict)
    {
        var order = Enumerable.Range(0, labels.Length).ToArray();
        new Random(1).Shuffle(order);
        var correct = 0;
        for (var f = 0; f < folds; f++)
        {
            var fit = order.Where((_, i) => i % folds != f).ToArray();
            var score = order.Where((_, i) => i % folds == f).ToArray();
            var predicted = fitAndPredict(fit, score);
            correct += score.Where((row, k) => ArgMax(predicted[k]) == labels[row]).Count();
        }

        return (double)correct / labels.Length;
    }

    public static int ArgMax(IReadOnlyList<float> p)
    {
        var best = 0;
        for (var c = 1; c < p.Count; c++)
        {
            best = p[c] > p[best] ? c : best;
        }

        return best;
    }

    private static SparseRow Concat(HashedFeatures hashed, float[] embedding, float scale, int label)
    {
        var indices = new int[hashed.Indices.Length + EmbeddingDimension];
        var values = new float[indices.Length];
        hashed.Indices.CopyTo(indices, 0);
        hashed.Values.CopyTo(values, 0);
        for (var d = 0; d < EmbeddingDimension; d++)
        {
            indices[hashed.Indices.Length + d] = TalkFeatures.Dimension + d;
            values[hashed.Indices.Length + d] = embedding[d] * scale;
        }

        return new SparseRow { Features = new VBuffer<float>(ConcatDimension, indices.Length, values, indices), Label = (uint)label };
    }

    private static Model Fit(IEnumerable<object> rows, float l2, Func<MLContext, IEnumerable<object>, IDataView> load)
    {
        var ml = new MLContext(1);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            L1Regularization = 0,
            L2Regularization = l2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-3f,
            MaximumNumberOfIterations = 100,
        });
        return new Model(ml, trainer.Fit(load(ml, rows.ToList())), load);
    }

    /// <summary>A fitted model: class probabilities in the order of <see cref="TalkLabels.All"/>.</summary>
    internal sealed class Model(MLContext ml, ITransformer transformer, Func<MLContext, IEnumerable<object>, IDataView> load)
    {
        public float[][] Predict(float[][] embeddings) =>
            Predict(embeddings.Select(e => (object)new DenseRow { Features = e }));

        public float[][] Predict(IEnumerable<object> rows)
        {
            var scored = transformer.Transform(load(ml, rows.ToList()));
            return [.. ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false).Select(r => r.Score)];
        }
    }

    internal sealed class ConcatModel(Model model, float scale)
    {
        public float[][] Predict(HashedFeatures[] hashed, float[][] embeddings) =>
            model.Predict(hashed.Select((h, i) => (object)Concat(h, embeddings[i], scale, 0)));
    }

    // Label is the index in TalkLabels.All, the way TalkClassifierTrainer gives it to the same trainer.
    internal sealed class DenseRow
    {
        [VectorType(EmbeddingDimension)]
        public float[] Features { get; set; } = [];

        [KeyType(4)]
        public uint Label { get; set; }
    }

    internal sealed class SparseRow
    {
        [VectorType(ConcatDimension)]
        public VBuffer<float> Features { get; set; }

        [KeyType(4)]
        public uint Label { get; set; }
    }

    internal sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }

    private readonly struct Sink(SortedDictionary<int, float> values) : ITalkFeatureSink
    {
        public SortedDictionary<int, float> Values { get; } = values;

        public void Add(int index, float value) => Values[index] = Values.GetValueOrDefault(index) + value;
    }
}
