using System.Security.Cryptography;
using System.Text;
using SamePage.Core.Talk;

namespace SamePage.Data.Talk;

/// <summary>
/// The trained sentence model of this process: ML.NET trained on the project's labelled corpus (embedded) plus
/// the stored corrections, and rebuilt when the set of corrections changes (a fingerprint of their text and
/// labels). Training takes well under a second for the corpus; each web node trains its own copy, so
/// nodes need no coordination and agree as soon as they see the same corrections.
/// </summary>
public static class TalkModelCache
{
    private const string CorpusResource = "SamePage.Data.Talk.corpus.tsv";
    private static readonly Lock Gate = new();
    private static readonly Lazy<IReadOnlyList<TalkExample>> Corpus = new(ReadCorpus);
    private static string? _fingerprint;
    private static TalkTextModel? _model;

    /// <summary>The labelled corpus the model starts from (tests/SamePage.Core.Tests/Talk/corpus.tsv, embedded).</summary>
    public static IReadOnlyList<TalkExample> TrainingCorpus => Corpus.Value;

    /// <summary>The model for these corrections, trained now if the corrections differ from the last call's.</summary>
    public static TalkTextModel ModelFor(IReadOnlyList<TalkCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var fingerprint = Fingerprint(corrections);
        lock (Gate)
        {
            if (_model is null || _fingerprint != fingerprint)
            {
                _model = TalkModelTrainer.Train(Corpus.Value, corrections);
                _fingerprint = fingerprint;
            }
            return _model;
        }
    }

    private static string Fingerprint(IReadOnlyList<TalkCorrection> corrections)
    {
        var text = new StringBuilder();
        foreach (var c in corrections.OrderBy(c => c.Sentence, StringComparer.Ordinal))
        {
            text.Append(c.Sentence).Append('\t').Append(c.Language).Append('\t').Append(TalkLabels.Name(c.Label)).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IReadOnlyList<TalkExample> ReadCorpus()
    {
        using var stream = typeof(TalkModelCache).Assembly.GetManifestResourceStream(CorpusResource)
            ?? throw new InvalidOperationException($"Embedded resource {CorpusResource} is missing.");
        using var reader = new StreamReader(stream);
        return TalkEvaluation.ReadCorpus(reader);
    }
}
