namespace SamePage.Core.Talk;

/// <summary>
/// The rule-based sentence classifier. Lexicon cues give a business score B (partner money, cost,
/// customer outcome, market, value-model terms, amounts) and a product score P (feature, spec,
/// technology, versions and units); bridge constructions give a bridge score. Scores and thresholds
/// are documented in docs/talk-analyzer.md.
/// </summary>
internal sealed class TalkRules
{
    internal const double MinScore = 0.6;

    /// <summary>A sign-off is a short line; "Cheers to our partners of the year, who …" is not one.</summary>
    private const int MaxSignOffWords = 10;

    private readonly TalkLexicon _lexicon;
    private readonly TalkVocabularyIndex _vocabulary;
    private readonly List<TalkPatternHit> _hits = [];
    private readonly List<TalkPatternHit> _kept = [];
    private readonly List<TalkPatternHit> _vocabularyScratch = [];
    private readonly List<TalkVocabularyHit> _vocabularyHits = [];
    private readonly List<TalkQuantity> _quantities = [];
    private readonly List<(int Start, int End)> _specs = [];

    public TalkRules(TalkLexicon lexicon, TalkVocabularyIndex vocabulary)
    {
        _lexicon = lexicon;
        _vocabulary = vocabulary;
    }

    /// <summary>Classifies text[start..end). Not thread-safe: one instance per thread (scratch lists are reused).</summary>
    public TalkRuleResult Classify(string text, int start, int end)
    {
        _hits.Clear();
        _lexicon.Matcher.Match(text, start, end, _hits);
        ResolveOverlaps();

        var cues = new List<TalkCue>();
        double money = 0, cost = 0, outcome = 0, market = 0, feature = 0, spec = 0, technology = 0, bridge = 0, logistics = 0;
        int partner = 0, vendor = 0, pronouns = 0, negations = 0;
        bool footer = false, signOff = false;
        foreach (var hit in _kept)
        {
            var entry = _lexicon.Entries[hit.Payload];
            var w = entry.Weight;
            TalkCueKind? kind = null;
            switch (entry.Kind)
            {
                case TalkLexiconKind.PartnerMoney:
                    money += w;
                    kind = TalkCueKind.PartnerMoney;
                    break;
                case TalkLexiconKind.PartnerCost:
                    cost += w;
                    kind = TalkCueKind.PartnerCost;
                    break;
                case TalkLexiconKind.CustomerOutcome:
                    outcome += w;
                    kind = TalkCueKind.CustomerOutcome;
                    break;
                case TalkLexiconKind.Market:
                    market += w;
                    kind = TalkCueKind.Market;
                    break;
                case TalkLexiconKind.Feature:
                    feature += w;
                    kind = TalkCueKind.Feature;
                    break;
                case TalkLexiconKind.Spec:
                    spec += w;
                    kind = TalkCueKind.Spec;
                    break;
                case TalkLexiconKind.Technology:
                    technology += w;
                    kind = TalkCueKind.Technology;
                    break;
                case TalkLexiconKind.Bridge:
                    bridge += w;
                    kind = TalkCueKind.Bridge;
                    break;
                case TalkLexiconKind.VendorCentric:
                    vendor++;
                    kind = TalkCueKind.VendorCentric;
                    break;
                case TalkLexiconKind.PartnerCentric:
                    if (IsPronounThirdPerson(text, start, hit))
                    {
                        continue;
                    }

                    partner++;
                    pronouns += w >= 1.0 ? 1 : 0;
                    kind = TalkCueKind.PartnerCentric;
                    break;
                case TalkLexiconKind.Footer:
                    footer = true;
                    break;
                case TalkLexiconKind.SignOff:
                    signOff |= IsAtUnitStart(text, start, hit.Start) && WordCount(text, start, end) <= MaxSignOffWords;
                    break;
                case TalkLexiconKind.Logistics:
                    logistics += w;
                    break;
                case TalkLexiconKind.Negation:
                    negations++;
                    break;
                default:
                    break;
            }

            if (kind is { } k)
            {
                cues.Add(new TalkCue(text[hit.Start..hit.End], k, hit.Start, hit.End));
            }
        }

        var drivers = new List<string>();
        var featureDrivers = new List<string>();
        var featureMentions = new List<(int Start, int End, string Driver)>();
        _vocabularyHits.Clear();
        _vocabulary.Match(text, start, end, _vocabularyScratch, _vocabularyHits);
        foreach (var hit in _vocabularyHits)
        {
            if (hit.IsFeature)
            {
                featureMentions.Add((hit.Start, hit.End, hit.Driver));
            }

            if (Overlaps(cues, hit.Start, hit.End, hit.IsFeature ? TalkCueKind.Feature : hit.TermCueKind))
            {
                AddDistinct(drivers, hit.Driver);
                if (hit.IsFeature)
                {
                    AddDistinct(featureDrivers, hit.Driver);
                }

                continue;
            }

            if (hit.IsFeature)
            {
                feature += 1.0;
                AddDistinct(featureDrivers, hit.Driver);
                cues.Add(new TalkCue(text[hit.Start..hit.End], TalkCueKind.Feature, hit.Start, hit.End));
            }
            else
            {
                money += 0.8;
                cues.Add(new TalkCue(text[hit.Start..hit.End], hit.TermCueKind, hit.Start, hit.End));
            }

            AddDistinct(drivers, hit.Driver);
        }

        var business = money + cost + outcome + market;
        var quantities = new List<TalkQuantity>();
        var quantified = 0.0;
        if (TalkNumbers.HasDigit(text, start, end))
        {
            _quantities.Clear();
            TalkNumbers.FindQuantities(text, start, end, _quantities);
            foreach (var q in _quantities)
            {
                var isMoney = q.Unit is not ("%" or "x");
                if (isMoney || business > 0)
                {
                    quantified += isMoney && business == 0 ? 0.8 : 0.5;
                    quantities.Add(q);
                    cues.Add(new TalkCue(q.Text, TalkCueKind.QuantifiedValue, q.Start, q.End));
                }
                else
                {
                    spec += 0.4;
                    cues.Add(new TalkCue(q.Text, TalkCueKind.Spec, q.Start, q.End));
                }
            }

            _specs.Clear();
            TalkNumbers.FindSpecs(text, start, end, _specs);
            foreach (var (s, e) in _specs)
            {
                if (!Overlaps(cues, s, e, null))
                {
                    spec += 1.0;
                    cues.Add(new TalkCue(text[s..e], TalkCueKind.Spec, s, e));
                }
            }
        }

        var product = feature + spec + technology;
        var b = business + quantified + (business > 0 ? 0.3 * Math.Min(partner, 2) : 0);
        var p = product + (product > 0 ? 0.2 * Math.Min(vendor, 2) : 0);
        cues.Sort(static (x, y) => x.Start.CompareTo(y.Start));

        var (label, confidence) = Decide(b, p, bridge, logistics, footer || signOff);
        var scores = new TalkRuleScores(money, cost, outcome, market, feature, spec, technology, bridge, logistics, quantified, negations, pronouns);
        return new TalkRuleResult(label, confidence, cues, drivers, featureDrivers, featureMentions, quantities, b, p, bridge, footer, signOff, partner, vendor)
        {
            Scores = scores,
        };
    }

    /// <summary>The decision rule over the scores (see docs/talk-analyzer.md, "Labelling").</summary>
    internal static (TalkLabel Label, double Confidence) Decide(double b, double p, double bridge, double logistics, bool footer)
    {
        if (footer)
        {
            return (TalkLabel.Neutral, 0.95);
        }

        // Program administration (deadlines, claims, portals, payment terms) stays neutral even with a money word
        // in it ("MDF claims must be submitted in the portal"), unless a bridge ties it to an outcome.
        var administration = logistics >= 2.0 && bridge == 0 && Math.Max(b, p) < 2.5;
        if ((b < MinScore && p < MinScore) || (logistics >= 1.0 && Math.Max(b, p) < 0.9) || administration)
        {
            var strength = Math.Max(b, p);
            return (TalkLabel.Neutral, Math.Clamp(0.7 + (0.1 * Math.Min(logistics, 2)) - (0.4 * strength), 0.5, 0.9));
        }

        // A bridge is a construction that links the feature to the outcome ("so you can", "hilft …, zu senken");
        // a pronoun alone ("your console now …") is not one.
        var bothSides = b >= MinScore && p >= MinScore;
        if (bothSides && bridge > 0)
        {
            var evidence = Math.Min(b, p) + bridge;
            return (TalkLabel.Bridged, Math.Clamp(0.55 + (0.1 * evidence), 0.55, 0.95));
        }

        var winner = Math.Max(b, p);
        var loser = Math.Min(b, p);
        var margin = (winner - loser) / (winner + loser);
        var confidence = 0.5 + (0.45 * margin * Math.Min(1.0, winner / 1.5));
        var label = b >= p ? TalkLabel.Business : TalkLabel.Product;
        return (label, Math.Clamp(confidence, 0.5, 0.95));
    }

    /// <summary>Leftmost-longest hits win; bridges and pronouns are separate layers so they never hide the cues they link.</summary>
    private void ResolveOverlaps()
    {
        _hits.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        _kept.Clear();
        var lastEnd = -1;
        var lastBridgeEnd = -1;
        var lastPronounEnd = -1;
        foreach (var hit in _hits)
        {
            var kind = _lexicon.Entries[hit.Payload].Kind;
            if (kind is TalkLexiconKind.Bridge or TalkLexiconKind.Negation)
            {
                if (hit.Start >= lastBridgeEnd)
                {
                    _kept.Add(hit);
                    lastBridgeEnd = hit.End;
                }
            }
            else if (kind is TalkLexiconKind.PartnerCentric or TalkLexiconKind.VendorCentric)
            {
                if (hit.Start >= lastPronounEnd)
                {
                    _kept.Add(hit);
                    lastPronounEnd = hit.End;
                }
            }
            else if (hit.Start >= lastEnd)
            {
                _kept.Add(hit);
                lastEnd = hit.End;
            }
        }
    }

    /// <summary>Lower-case "sie"/"ihr…" inside a sentence is "they/she/her", not the formal "you".</summary>
    private static bool IsPronounThirdPerson(string text, int unitStart, TalkPatternHit hit)
    {
        var first = text[hit.Start];
        if (first is not ('s' or 'i'))
        {
            return false;
        }

        var word = text.AsSpan(hit.Start, hit.End - hit.Start);
        var germanPronoun = word.SequenceEqual("sie") || word.StartsWith("ihr") || word.SequenceEqual("ihnen");
        return germanPronoun && !IsAtUnitStart(text, unitStart, hit.Start);
    }

    private static bool IsAtUnitStart(string text, int unitStart, int pos)
    {
        for (var i = unitStart; i < pos; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static bool Overlaps(List<TalkCue> cues, int start, int end, TalkCueKind? kind)
    {
        foreach (var cue in cues)
        {
            if (cue.Start < end && start < cue.End && (kind is null || cue.Kind == kind || kind == TalkCueKind.Feature))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
