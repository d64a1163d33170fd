namespace SamePage.Core.Talk;

/// <summary>A vocabulary hit: a value-model term, or a feature phrase mapped to a driver.</summary>
internal readonly record struct TalkVocabularyHit(int Start, int End, string Driver, bool IsFeature, TalkCueKind TermCueKind);

/// <summary>Compiles a <see cref="TalkVocabulary"/> into one matcher for linking sentences to drivers and inputs.</summary>
internal sealed class TalkVocabularyIndex
{
    private readonly TalkPatternMatcher _matcher = new();
    private readonly List<(string Driver, bool IsFeature, TalkCueKind Kind)> _payloads = [];

    public TalkVocabularyIndex(TalkVocabulary vocabulary, TalkLexicon lexicon)
    {
        foreach (var term in vocabulary.Terms)
        {
            foreach (var phrase in term.PhrasesEn.Concat(term.PhrasesDe).Concat(term.Synonyms).Append(term.Name))
            {
                Add(phrase, term.Name, false, TermKind(phrase, lexicon));
            }
        }

        foreach (var mapping in vocabulary.FeatureMappings)
        {
            Add(mapping.Feature, mapping.Driver, true, TalkCueKind.Feature);
        }

        _matcher.Build();
    }

    public bool IsEmpty => _matcher.PatternCount == 0;

    /// <summary>Appends vocabulary hits; <paramref name="scratch"/> is the caller's reusable buffer, so the index stays thread-safe.</summary>
    public void Match(string text, int start, int end, List<TalkPatternHit> scratch, List<TalkVocabularyHit> hits)
    {
        if (IsEmpty)
        {
            return;
        }

        scratch.Clear();
        _matcher.Match(text, start, end, scratch);
        foreach (var hit in scratch)
        {
            var (driver, isFeature, kind) = _payloads[hit.Payload];
            hits.Add(new TalkVocabularyHit(hit.Start, hit.End, driver, isFeature, kind));
        }
    }

    private void Add(string phrase, string driver, bool isFeature, TalkCueKind kind)
    {
        var p = phrase.Trim();
        if (p.Length < 3)
        {
            return;
        }

        // Long single words may sit inside compounds; every phrase may carry an inflected ending.
        var infix = p.Length >= 6 && !p.Contains(' ', StringComparison.Ordinal);
        _payloads.Add((driver, isFeature, kind));
        _matcher.Add(p.ToLowerInvariant(), _payloads.Count - 1, !infix, false);
    }

    /// <summary>Cost-like term labels count as partner-cost cues, all other terms as partner-money.</summary>
    private static TalkCueKind TermKind(string phrase, TalkLexicon lexicon)
    {
        var hits = new List<TalkPatternHit>();
        lexicon.Matcher.Match(phrase, 0, phrase.Length, hits);
        foreach (var hit in hits)
        {
            var kind = lexicon.Entries[hit.Payload].Kind;
            if (kind == TalkLexiconKind.PartnerCost)
            {
                return TalkCueKind.PartnerCost;
            }

            if (kind == TalkLexiconKind.CustomerOutcome)
            {
                return TalkCueKind.CustomerOutcome;
            }
        }

        return TalkCueKind.PartnerMoney;
    }
}
