namespace SamePage.Core.Talk;

/// <summary>
/// A value-model term as the analyzer sees it: its name (the driver or input id), English and German
/// labels and any synonyms the vendor adds. Matching is case-insensitive and tolerates inflected endings.
/// </summary>
public sealed record TalkValueTerm(
    string Name,
    TalkTermKind Kind,
    IReadOnlyList<string> PhrasesEn,
    IReadOnlyList<string> PhrasesDe,
    IReadOnlyList<string> Synonyms);
