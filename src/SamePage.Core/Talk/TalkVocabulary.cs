namespace SamePage.Core.Talk;

/// <summary>Whether a value-model term is a value driver or an input (assumption).</summary>
public enum TalkTermKind
{
    Driver,
    Input,
}

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

/// <summary>A product feature phrase that feeds a driver ("Deduplizierung" → serviceDelivery).</summary>
public sealed record TalkFeatureMapping(string Feature, string Driver);

/// <summary>
/// The shared language between the vendor's value model and its communications. The analyzer depends
/// only on this vocabulary, never on the value-model types, so callers map their models to it.
/// </summary>
public sealed record TalkVocabulary(IReadOnlyList<TalkValueTerm> Terms, IReadOnlyList<TalkFeatureMapping> FeatureMappings)
{
    public static TalkVocabulary Empty { get; } = new([], []);
}

/// <summary>A driver's yearly figure from the value model, used to fill suggestions ("~ 12.000 € im Jahr").</summary>
public sealed record DriverFigure(string Name, string LabelEn, string LabelDe, decimal AnnualValue, string Currency);
