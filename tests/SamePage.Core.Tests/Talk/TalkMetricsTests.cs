using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkMetricsTests
{
    private static readonly TalkVocabulary _vocabulary = new(
        [
            new TalkValueTerm("margin", TalkTermKind.Driver, ["margin"], ["Marge"], ["Partnermarge"]),
            new TalkValueTerm("serviceDelivery", TalkTermKind.Driver, ["service delivery costs"], ["Lieferkosten"], ["Servicekosten"]),
            new TalkValueTerm("dealsPerMonth", TalkTermKind.Input, ["deals per month"], ["Deals pro Monat"], []),
        ],
        [new TalkFeatureMapping("Deduplizierung", "serviceDelivery"), new TalkFeatureMapping("deduplication", "serviceDelivery")]);

    [Fact]
    public void Business_share_counts_business_and_bridged_against_product()
    {
        // business, product, bridged, neutral: (1 + 1) / (1 + 1 + 1) = 2/3
        var text = "Partners earn 30 % margin on renewals. Version 5 adds a REST API. The API lets you automate onboarding, so you can cut your delivery costs. Join us on Thursday.";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal([TalkLabel.Business, TalkLabel.Product, TalkLabel.Bridged, TalkLabel.Neutral], analysis.Sentences.Select(s => s.Label));
        Assert.Equal(2.0 / 3.0, analysis.BusinessShare!.Value, 3);
        Assert.Equal(1, analysis.Metrics.Business);
        Assert.Equal(1, analysis.Metrics.Neutral);
    }

    [Fact]
    public void Business_share_is_null_when_nothing_is_business_or_product()
    {
        var analysis = new TalkAnalyzer().AnalyzeText("Hallo zusammen,\n\nbitte melden Sie sich bis Freitag an.");
        Assert.Null(analysis.BusinessShare);
        Assert.Equal(TalkLabel.Neutral, analysis.Label);
        Assert.True(TalkGate.Passes(analysis));
        Assert.False(TalkGate.Passes(analysis, 0.6, failWhenUndetermined: true));
    }

    [Fact]
    public void Gate_compares_business_share_with_the_minimum()
    {
        var analysis = new TalkAnalyzer().AnalyzeText("Partners earn 30 % margin on renewals. Version 5 adds a REST API.");
        Assert.Equal(0.5, analysis.BusinessShare);
        Assert.True(TalkGate.Passes(analysis, 0.5));
        Assert.False(TalkGate.Passes(analysis, 0.6));
    }

    [Fact]
    public void Readability_follows_flesch_and_amstad_by_hand()
    {
        // "The cat sat. The dog ran far.": 7 words, 2 sentences, 7 vowel groups.
        // 206.835 - 1.015 * 3.5 - 84.6 * 1 = 118.6825
        var en = TalkReadabilityCalculator.Compute("en", ["The cat sat.", "The dog ran far."]);
        Assert.Equal(("flesch", 2, 7, 7), (en.Formula, en.Sentences, en.Words, en.Syllables));
        Assert.Equal(118.7, en.Score);

        // "Die Marge steigt.": Die (ie) 1, Mar-ge 2, steigt (ei) 1 = 4 syllables, 3 words.
        // 180 - 3 - 58.5 * 4 / 3 = 99
        var de = TalkReadabilityCalculator.Compute("de", ["Die Marge steigt."]);
        Assert.Equal(("amstad", 1, 3, 4), (de.Formula, de.Sentences, de.Words, de.Syllables));
        Assert.Equal(99.0, de.Score);
    }

    [Fact]
    public void Congruence_weights_needs_by_inverse_rank()
    {
        // needs: margin (1), serviceDelivery (1/2). Sentences: margin -> 1, Lieferkosten -> 0.5, product without driver -> 0.
        // (1 + 0.5 + 0) / 3 = 0.5; the neutral greeting does not count.
        var text = "Hallo Partner,\n\nIhre Marge steigt auf 30 %. Ihre Lieferkosten sinken um 20 %. Version 5 bringt eine neue REST-Schnittstelle.";
        var analysis = new TalkAnalyzer(_vocabulary).AnalyzeText(text, new TalkAnalysisOptions { InformationNeeds = ["margin", "serviceDelivery"] });
        Assert.Equal(["margin"], analysis.Sentences[1].Drivers);
        Assert.Equal(["serviceDelivery"], analysis.Sentences[2].Drivers);
        Assert.Equal(0.5, analysis.Congruence);
        Assert.Null(new TalkAnalyzer(_vocabulary).AnalyzeText(text).Congruence);
    }

    [Fact]
    public void Orientation_and_quantified_partner_value()
    {
        var text = "Wir haben unser Portal erneuert. Sie verdienen damit 12.000 € mehr im Jahr und Ihre Marge steigt um 5 %.";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal(2, analysis.Metrics.Orientation.VendorMentions);
        Assert.Equal(2, analysis.Metrics.Orientation.PartnerMentions);
        Assert.Equal(0.5, analysis.Metrics.Orientation.PartnerShare);
        var values = analysis.Metrics.QuantifiedPartnerValue.Select(v => (v.Quantity.Value, v.Quantity.Unit)).ToList();
        Assert.Equal([(12000m, "EUR"), (5m, "%")], values);
    }

    [Theory]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("12.000", 12000)]
    [InlineData("2,5", 2.5)]
    [InlineData("15", 15)]
    public void Numbers_parse_in_german_and_english_notation(string raw, double expected)
    {
        Assert.Equal((decimal)expected, TalkNumbers.ParseNumber(raw));
    }

    [Fact]
    public void Suggestion_fills_the_driver_figure_in_the_message_language()
    {
        var figures = new[] { new DriverFigure("serviceDelivery", "service delivery costs in managed services", "Lieferkosten im Managed Service", 12000m, "EUR") };
        var analysis = new TalkAnalyzer(_vocabulary).AnalyzeText(
            "Version 5.2 bringt Deduplizierung, die jetzt inline vor der Übertragung läuft.",
            new TalkAnalysisOptions { Figures = figures });
        Assert.Equal(TalkLabel.Product, analysis.Sentences[0].Label);
        var suggestion = Assert.Single(analysis.Suggestions);
        Assert.Equal(0, suggestion.SentenceIndex);
        Assert.Equal(["serviceDelivery"], suggestion.Drivers);
        Assert.Equal("Deduplizierung spart Ihnen ~ 12.000 € an Lieferkosten im Managed Service im Jahr.", suggestion.Text);

        var en = new TalkAnalyzer(_vocabulary).AnalyzeText("Deduplication now runs inline before transfer.", new TalkAnalysisOptions { Figures = figures });
        Assert.Equal("Deduplication cuts your service delivery costs in managed services by ~ €12,000 a year.", Assert.Single(en.Suggestions).Text);
    }

    [Fact]
    public void No_suggestion_without_a_mapped_feature_and_its_figure()
    {
        // Never a template with blanks: no mapping, or a mapping without a figure, gives no suggestion.
        Assert.Empty(new TalkAnalyzer().AnalyzeText("The console has a new dark mode.").Suggestions);
        var analysis = new TalkAnalyzer(_vocabulary).AnalyzeText("Deduplication now runs inline before transfer.");
        Assert.Equal(TalkLabel.Product, analysis.Sentences[0].Label);
        Assert.Empty(analysis.Suggestions);
    }

    [Fact]
    public void Two_features_get_their_own_drivers_figures_and_every_suggestion_is_business_talk()
    {
        var vocabulary = new TalkVocabulary(
            [
                new TalkValueTerm("serviceDelivery", TalkTermKind.Driver, ["service delivery costs"], ["Lieferkosten"], []),
                new TalkValueTerm("upsell", TalkTermKind.Driver, ["upsell revenue"], ["Zusatzumsatz"], []),
            ],
            [new TalkFeatureMapping("deduplication", "serviceDelivery"), new TalkFeatureMapping("usage reports", "upsell")]);
        var figures = new[]
        {
            new DriverFigure("serviceDelivery", "service delivery costs", "Lieferkosten", 12000m, "EUR"),
            new DriverFigure("upsell", "upsell revenue", "Zusatzumsatz", 4500m, "EUR"),
        };
        var analyzer = new TalkAnalyzer(vocabulary);
        var analysis = analyzer.AnalyzeText("Deduplication now runs inline before transfer. Usage reports now list every licence per tenant.", new TalkAnalysisOptions { Figures = figures });
        Assert.Equal([TalkLabel.Product, TalkLabel.Product], analysis.Sentences.Select(s => s.Label));
        Assert.Equal(
            ["Deduplication cuts your service delivery costs by ~ €12,000 a year.", "Usage reports raises your upsell revenue by ~ €4,500 a year."],
            analysis.Suggestions.Select(s => s.Text));
        Assert.All(analysis.Suggestions, s => Assert.True(TalkLabels.IsBusinessTalk(analyzer.ClassifySentence(s.Text, "en").Label), s.Text));
    }

    [Fact]
    public void One_analyzer_gives_the_same_results_on_many_threads()
    {
        var analyzer = new TalkAnalyzer(_vocabulary);
        var texts = TalkCorpus.Embedded.Take(600).Select(e => e.Sentence).ToArray();
        var sequential = texts.Select(t => analyzer.AnalyzeText(t).Sentences.Select(s => (s.Label, s.Drivers.Count, s.Cues.Count)).ToList()).ToList();
        var parallel = new List<(TalkLabel, int, int)>[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = analyzer.AnalyzeText(texts[i]).Sentences.Select(s => (s.Label, s.Drivers.Count, s.Cues.Count)).ToList());
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Fact]
    public void Headings_get_no_suggestion()
    {
        var figures = new[] { new DriverFigure("serviceDelivery", "service delivery costs", "Lieferkosten", 12000m, "EUR") };
        var analysis = new TalkAnalyzer(_vocabulary).AnalyzeText("# Deduplication\n\n- Deduplication now runs inline before transfer", new TalkAnalysisOptions { Figures = figures });
        Assert.Equal(TalkBlockKind.Heading, analysis.Sentences[0].Kind);
        Assert.Equal([1], analysis.Suggestions.Select(s => s.SentenceIndex));
    }
}
