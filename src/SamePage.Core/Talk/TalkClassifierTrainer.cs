using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SamePage.Core.Talk;

/// <summary>Settings of one training run; the defaults are what the shipped model was trained with.</summary>
public sealed record TalkTrainingOptions
{
    // Chosen by 4-fold cross-validation on the training part (docs/talk-analyzer.md): L2 0.02–0.05 best, any L1 worse;
    // a tolerance of 1e-3 scores as 1e-5 in a third of the time.
    public float L1 { get; init; }

    public float L2 { get; init; } = 0.05f;

    /// <summary>L-BFGS stops when the loss improves by less than this (relative); looser is faster.</summary>
    public float Tolerance { get; init; } = 1e-3f;

    public int MaxIterations { get; init; } = 100;

    /// <summary>Folds whose out-of-fold predictions fit the temperature; 0 or 1 skips calibration (temperature 1).</summary>
    public int CalibrationFolds { get; init; } = 5;

    public int Seed { get; init; } = 1;
}

/// <summary>
/// Trains <see cref="TalkClassifier"/>: ML.NET's L-BFGS maximum-entropy (multinomial logistic regression,
/// L1 + L2 regularised) on the hashed features, then a temperature fitted on out-of-fold predictions so the
/// probability means what it says. A channel manager's correction replaces a corpus example with the same
/// sentence and weighs <see cref="CorrectionWeight"/> corpus examples.
/// </summary>
public static class TalkClassifierTrainer
{
    public const float CorrectionWeight = 3f;
    private static readonly int Classes = TalkLabels.All.Count;

    public static TalkClassifier Train(
        IReadOnlyList<TalkExample> examples,
        IEnumerable<TalkCorrection>? corrections = null,
        TalkTrainingOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new TalkTrainingOptions();
        var correctionList = (corrections ?? []).ToList();
        var corrected = new HashSet<string>(correctionList.Select(c => TalkCombination.NormalizeSentence(c.Sentence)), StringComparer.Ordinal);
        var rows = examples
            .Where(e => !corrected.Contains(TalkCombination.NormalizeSentence(e.Sentence)))
            .Select(e => (e.Label, e.Language, e.Sentence, Weight: 1f))
            .Concat(correctionList.Select(c => (c.Label, c.Language, c.Sentence, Weight: CorrectionWeight)))
            .ToList();
        if (rows.Select(r => r.Label).Distinct().Count() < Classes)
        {
            throw new ArgumentException($"Training needs examples of all {Classes} labels (business, product, bridged, neutral).", nameof(examples));
        }

        var rules = new TalkRules(TalkLexicon.Default, new TalkVocabularyIndex(TalkVocabulary.Empty, TalkLexicon.Default));
        var featurized = rows.Select(r => Featurize(rules, r.Label, r.Language, r.Sentence, r.Weight)).ToList();
        progress?.Report($"training on {rows.Count} sentences");
        var classifier = Fit(featurized, options);
        var temperature = 1.0;
        if (options.CalibrationFolds > 1)
        {
            temperature = FitTemperature(featurized, options, progress);
        }

        var info = new TalkClassifierInfo(TalkFeatures.Version, DateTimeOffset.UtcNow, examples.Count, correctionList.Count, Fingerprint(rows), temperature)
        {
            LexiconFingerprint = TalkLexicon.Default.Fingerprint,
        };
        return classifier.WithTemperature(temperature).WithInfo(info);
    }

    /// <summary>A stable fingerprint of labelled sentences: shows whether a model was trained on the corpus at hand.</summary>
    public static string Fingerprint(IEnumerable<TalkExample> examples) =>
        Fingerprint(examples.Select(e => (e.Label, e.Language, e.Sentence, 1f)));

    private static string Fingerprint(IEnumerable<(TalkLabel Label, string Language, string Sentence, float Weight)> rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Select(r => $"{TalkLabels.Name(r.Label)}\t{r.Language}\t{r.Sentence}\t{r.Weight}").Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
    }

    private static Row Featurize(TalkRules rules, TalkLabel label, string language, string sentence, float weight)
    {
        var sink = new CollectingSink(new SortedDictionary<int, float>());
        TalkFeatures.Extract(ref sink, sentence, language, rules.Classify(sentence, 0, sentence.Length));
        return new Row
        {
            Features = new VBuffer<float>(TalkFeatures.Dimension, sink.Values.Count, [.. sink.Values.Values], [.. sink.Values.Keys]),
            Label = (uint)IndexOf(label),
            Weight = weight,
        };
    }

    private static TalkClassifier Fit(IReadOnlyList<Row> rows, TalkTrainingOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            NumberOfThreads = 1,
            OptimizationTolerance = options.Tolerance,
            MaximumNumberOfIterations = options.MaxIterations,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[] classWeights = [];
        model.GetWeights(ref classWeights, out var classes);
        if (classes != Classes)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes for {Classes} labels.");
        }

        var weights = new float[TalkFeatures.Dimension * Classes];
        for (var c = 0; c < Classes; c++)
        {
            var values = classWeights[c].GetValues();
            var indices = classWeights[c].GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                weights[((classWeights[c].IsDense ? k : indices[k]) * Classes) + c] = values[k];
            }
        }

        var biases = model.GetBiases().ToArray();
        return new TalkClassifier(weights, biases, 1.0, new TalkClassifierInfo(TalkFeatures.Version, DateTimeOffset.UtcNow, rows.Count, 0, string.Empty, 1.0));
    }

    /// <summary>Out-of-fold logits of every row, then the temperature with the least log-loss (golden-section search on [0.2, 5]).</summary>
    private static double FitTemperature(IReadOnlyList<Row> rows, TalkTrainingOptions options, IProgress<string>? progress)
    {
        var folds = options.CalibrationFolds;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var logits = new List<(double[] Logits, int Gold)>();
        for (var f = 0; f < folds; f++)
        {
            progress?.Report($"calibrating: fold {f + 1} of {folds}");
            var train = order.Where((_, i) => i % folds != f).Select(i => rows[i]).ToList();
            if (train.Select(r => r.Label).Distinct().Count() < Classes)
            {
                return 1.0;
            }

            var model = Fit(train, options);
            foreach (var i in order.Where((_, i) => i % folds == f))
            {
                logits.Add((model.Logits(rows[i].Features.GetIndices(), rows[i].Features.GetValues()), (int)rows[i].Label));
            }
        }

        double Loss(double t)
        {
            var sum = 0.0;
            Span<double> p = stackalloc double[Classes];
            foreach (var (z, gold) in logits)
            {
                z.CopyTo(p);
                TalkClassifier.Softmax(p, t);
                sum -= Math.Log(Math.Max(p[gold], 1e-12));
            }

            return sum;
        }

        double lo = 0.2, hi = 5.0;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var k = 0; k < 60; k++)
        {
            var a = hi - (ratio * (hi - lo));
            var b = lo + (ratio * (hi - lo));
            if (Loss(a) < Loss(b))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        return Math.Round((lo + hi) / 2, 4);
    }

    internal static int IndexOf(TalkLabel label)
    {
        for (var i = 0; i < Classes; i++)
        {
            if (TalkLabels.All[i] == label)
            {
                return i;
            }
        }

        return Classes - 1;
    }

    private sealed class Row
    {
        [VectorType(TalkFeatures.Dimension)]
        public VBuffer<float> Features { get; set; }

        [KeyType(4)]
        public uint Label { get; set; }

        public float Weight { get; set; } = 1f;
    }

    private readonly struct CollectingSink(SortedDictionary<int, float> values) : ITalkFeatureSink
    {
        public SortedDictionary<int, float> Values { get; } = values;

        public void Add(int index, float value) => Values[index] = Values.GetValueOrDefault(index) + value;
    }
}
