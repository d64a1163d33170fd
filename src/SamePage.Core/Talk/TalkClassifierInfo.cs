namespace SamePage.Core.Talk;

/// <summary>What a trained talk model was trained on and how it scored; stored inside the model file.</summary>
public sealed record TalkClassifierInfo(
    int FeatureVersion,
    DateTimeOffset TrainedAt,
    int Sentences,
    int Corrections,
    string CorpusFingerprint,
    double Temperature)
{
    /// <summary>Accuracy on the held-out part of the corpus when the trainer was given one (never trained on).</summary>
    public double? HeldOutAccuracy { get; init; }

    public double? HeldOutBinaryAccuracy { get; init; }

    public int? HeldOutSentences { get; init; }

    /// <summary>The cue lexicons the rule features came from (<c>TalkLexicon.Fingerprint</c>).</summary>
    public string LexiconFingerprint { get; init; } = string.Empty;
}
