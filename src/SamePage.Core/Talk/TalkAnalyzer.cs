namespace SamePage.Core.Talk;

/// <summary>
/// Reads a message sentence by sentence and says which is business talk and which is product talk, why
/// (cues), which value-model terms each sentence addresses, and how to rewrite product sentences.
/// Instances are immutable and thread-safe; build one per vocabulary and reuse it.
/// </summary>
public sealed class TalkAnalyzer
{
    private readonly TalkLexicon _lexicon;
    private readonly TalkVocabularyIndex _vocabulary;
    private readonly TalkClassifier? _classifier;
    private readonly Dictionary<string, TalkLabel> _corrections = new(StringComparer.Ordinal);

    /// <param name="classifier">The learned classifier that decides; the shipped one when null.</param>
    public TalkAnalyzer(
        TalkVocabulary? vocabulary = null,
        TalkClassifier? classifier = null,
        IEnumerable<TalkCorrection>? corrections = null)
        : this(vocabulary, classifier ?? TalkClassifier.Shipped, corrections, rulesOnly: false)
    {
    }

    private TalkAnalyzer(TalkVocabulary? vocabulary, TalkClassifier? classifier, IEnumerable<TalkCorrection>? corrections, bool rulesOnly)
    {
        _lexicon = TalkLexicon.Default;
        _vocabulary = new TalkVocabularyIndex(vocabulary ?? TalkVocabulary.Empty, _lexicon);
        _classifier = rulesOnly ? null : classifier;
        foreach (var c in corrections ?? [])
        {
            _corrections[TalkCombination.NormalizeSentence(c.Sentence)] = c.Label;
        }
    }

    /// <summary>The rules alone decide (for evaluating them and for explaining); cues and drivers are the same.</summary>
    public static TalkAnalyzer RulesOnly(TalkVocabulary? vocabulary = null, IEnumerable<TalkCorrection>? corrections = null) =>
        new(vocabulary, null, corrections, rulesOnly: true);

    /// <summary>Analyses plain text (structure inferred from its lines).</summary>
    public TalkAnalysis AnalyzeText(string text, TalkAnalysisOptions? options = null)
    {
        return Analyze(TalkPlainText.Parse(text), options);
    }

    /// <summary>Per-line mode: every non-empty line is a message of its own, numbered from 1 in <see cref="TalkAnalysis.Line"/>.</summary>
    public IReadOnlyList<TalkAnalysis> AnalyzeLines(string text, TalkAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new TalkAnalysisOptions();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var analyses = new List<TalkAnalysis>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                analyses.Add(AnalyzeText(lines[i], options with { Line = i + 1 }));
            }
        }

        return analyses;
    }

    public TalkAnalysis Analyze(TalkDocument document, TalkAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new TalkAnalysisOptions();
        var text = document.Text;
        var rules = new TalkRules(_lexicon, _vocabulary);
        var spans = TalkSegmenter.Segment(document);

        var documentScore = 0.0;
        var results = new TalkRuleResult[spans.Count];
        var languageScores = new double[spans.Count];
        var inSignature = false;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var r = rules.Classify(text, span.Start, span.End);
            if (IsSignatureDelimiter(text, span) || r.IsSignOff)
            {
                inSignature = true;
            }
            else if (inSignature && StartsWithPostscript(text, span))
            {
                inSignature = false;
            }

            if (inSignature && !r.IsFooter)
            {
                r = r with { Label = TalkLabel.Neutral, Confidence = 0.9, IsFooter = true };
            }

            results[i] = r;
            languageScores[i] = TalkLanguageDetector.Score(text, span.Start, span.End);
            if (!r.IsFooter)
            {
                documentScore += languageScores[i];
            }
        }

        var language = documentScore > 0 ? TalkLanguageDetector.German : TalkLanguageDetector.English;
        var sentences = new List<TalkSentence>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var r = results[i];
            var sentenceText = Flatten(text, span.Start, span.End);
            var score = languageScores[i];
            var sentenceLanguage = score >= 2 ? TalkLanguageDetector.German : score <= -2 ? TalkLanguageDetector.English : language;
            sentences.Add(Decide(i, sentenceText, span.Start, span.End, sentenceLanguage, r) with { Kind = span.Kind });
        }

        return Summarise(document, language, sentences, results, options);
    }

    /// <summary>Classifies one sentence on its own (rules, corrections and model combined), e.g. for corpus evaluation.</summary>
    public TalkSentence ClassifySentence(string sentence, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var rules = new TalkRules(_lexicon, _vocabulary);
        var r = rules.Classify(sentence, 0, sentence.Length);
        return Decide(0, sentence, 0, sentence.Length, language ?? TalkLanguageDetector.Detect(sentence), r);
    }

    /// <summary>The classifier's prediction for one sentence (null for rules-only analyzers).</summary>
    public TalkPrediction? Predict(string sentence, string language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var r = new TalkRules(_lexicon, _vocabulary).Classify(sentence, 0, sentence.Length);
        return _classifier?.Predict(sentence, language, r);
    }

    private TalkSentence Decide(int index, string text, int start, int end, string language, TalkRuleResult r)
    {
        var correction = CorrectionFor(text);
        var prediction = r.IsFooter || _classifier is null || correction is not null ? null : _classifier.Predict(text, language, r);
        var (label, confidence, source) = r.IsFooter && correction is null
            ? (r.Label, r.Confidence, TalkLabelSource.Rules)
            : TalkCombination.Combine(r.Label, r.Confidence, prediction, correction);
        return new TalkSentence(index, text, start, end, label, Math.Round(confidence, 3), r.Cues, r.Drivers)
        {
            Language = language,
            IsFooter = r.IsFooter,
            Source = source,
            Unsure = source == TalkLabelSource.Model && confidence < TalkClassifier.UnsureBelow,
        };
    }

    private bool IsBusinessTalk(string sentence, string language) => TalkLabels.IsBusinessTalk(ClassifySentence(sentence, language).Label);

    private TalkLabel? CorrectionFor(string sentence)
    {
        return _corrections.Count > 0 && _corrections.TryGetValue(TalkCombination.NormalizeSentence(sentence), out var label) ? label : null;
    }

    private TalkAnalysis Summarise(TalkDocument document, string language, List<TalkSentence> sentences, TalkRuleResult[] results, TalkAnalysisOptions options)
    {
        int business = 0, product = 0, bridged = 0, neutral = 0, partner = 0, vendor = 0;
        var values = new List<TalkPartnerValue>();
        foreach (var s in sentences)
        {
            var r = results[s.Index];
            switch (s.Label)
            {
                case TalkLabel.Business:
                    business++;
                    break;
                case TalkLabel.Product:
                    product++;
                    break;
                case TalkLabel.Bridged:
                    bridged++;
                    break;
                default:
                    neutral++;
                    break;
            }

            if (!s.IsFooter)
            {
                partner += r.PartnerMentions;
                vendor += r.VendorMentions;
            }

            if (TalkLabels.IsBusinessTalk(s.Label))
            {
                values.AddRange(r.Quantities.Select(q => new TalkPartnerValue(s.Index, q)));
            }
        }

        var talk = business + bridged + product;
        double? businessShare = talk == 0 ? null : Math.Round((double)(business + bridged) / talk, 4);
        var dominant = DominantLabel(business, product, bridged);
        var readability = TalkReadabilityCalculator.Compute(language, sentences.Where(s => !s.IsFooter).Select(s => s.Text));
        var orientation = new TalkOrientation(partner, vendor, partner + vendor == 0 ? null : Math.Round((double)partner / (partner + vendor), 4));
        var suggestions = new List<TalkSuggestion>();
        // Headings are labelled and counted, but a rewrite pattern is offered for sentences and bullets only.
        foreach (var s in sentences.Where(s => s.Label == TalkLabel.Product && s.Kind != TalkBlockKind.Heading))
        {
            if (TalkSuggestions.Build(s, results[s.Index].FeatureMentions, options.Figures, _lexicon, IsBusinessTalk) is { } suggestion)
            {
                suggestions.Add(suggestion);
            }
        }

        return new TalkAnalysis(
            options.File,
            language,
            dominant,
            businessShare,
            TalkCongruence.Compute(sentences, options.InformationNeeds),
            readability.Score,
            sentences,
            suggestions)
        {
            Line = options.Line,
            Text = document.Text,
            Metrics = new TalkMetrics(business, product, bridged, neutral, orientation, readability, values),
        };
    }

    /// <summary>The most frequent non-neutral label; ties go business, then bridged, then product; neutral when none.</summary>
    internal static TalkLabel DominantLabel(int business, int product, int bridged)
    {
        if (business + product + bridged == 0)
        {
            return TalkLabel.Neutral;
        }

        if (business >= bridged && business >= product)
        {
            return TalkLabel.Business;
        }

        return bridged >= product ? TalkLabel.Bridged : TalkLabel.Product;
    }

    private static bool IsSignatureDelimiter(string text, TalkSpan span) => span.End - span.Start == 2 && text[span.Start] == '-' && text[span.Start + 1] == '-';

    private static bool StartsWithPostscript(string text, TalkSpan span)
    {
        var s = text.AsSpan(span.Start, span.End - span.Start);
        return s.StartsWith("P.S", StringComparison.OrdinalIgnoreCase) || s.StartsWith("PS:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("PS ", StringComparison.Ordinal);
    }

    private static string Flatten(string text, int start, int end)
    {
        return string.Create(end - start, (text, start), static (dest, state) =>
        {
            state.text.AsSpan(state.start, dest.Length).CopyTo(dest);
            for (var i = 0; i < dest.Length; i++)
            {
                if (dest[i] is '\n' or '\r' or '\t')
                {
                    dest[i] = ' ';
                }
            }
        });
    }
}
