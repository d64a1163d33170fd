namespace SamePage.Core.Talk;

/// <summary>
/// The shared language between the vendor's value model and its communications. The analyzer depends
/// only on this vocabulary, never on the value-model types, so callers map their models to it.
/// </summary>
public sealed record TalkVocabulary(IReadOnlyList<TalkValueTerm> Terms, IReadOnlyList<TalkFeatureMapping> FeatureMappings)
{
    public static TalkVocabulary Empty { get; } = new([], []);
}
