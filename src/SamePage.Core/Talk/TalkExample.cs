namespace SamePage.Core.Talk;

/// <summary>A labelled sentence of a corpus, with the text kind and style it imitates and its split.</summary>
public sealed record TalkExample(TalkLabel Label, string Language, string Sentence)
{
    /// <summary>Text kind, e.g. newsletter, program-guide, release-note (empty in three-column corpora).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Style imitated, e.g. formal-corporate, informal-chat, terse-distributor.</summary>
    public string Style { get; init; } = string.Empty;

    /// <summary>"train" or "heldout": held-out sentences are never trained on or tuned against.</summary>
    public string Split { get; init; } = TalkCorpus.Train;

    public bool IsHeldOut => Split == TalkCorpus.HeldOut;
}
