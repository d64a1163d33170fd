using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkRulesTests
{
    private static readonly TalkAnalyzer _analyzer = TalkAnalyzer.RulesOnly();

    [Theory]
    [InlineData("Ihre Partnermarge steigt.", "marge", TalkCueKind.PartnerMoney)]
    [InlineData("Das Umsatzpotenzial ist groß.", "Umsatz", TalkCueKind.PartnerMoney)]
    [InlineData("Das Umsatzpotenzial ist groß.", "potenzial", TalkCueKind.Market)]
    [InlineData("Der Funktionsumfang wurde erweitert.", "Funktionsumfang", TalkCueKind.Feature)]
    [InlineData("Die Schnittstellenanbindung ist neu.", "Schnittstelle", TalkCueKind.Technology)]
    [InlineData("Die Schnittstellenanbindung ist neu.", "anbindung", TalkCueKind.Technology)]
    [InlineData("Die Servicemargen wachsen.", "margen", TalkCueKind.PartnerMoney)]
    public void German_compounds_are_matched_inside_words(string sentence, string cueText, TalkCueKind kind)
    {
        var result = _analyzer.ClassifySentence(sentence, "de");
        Assert.Contains(result.Cues, c => c.Text == cueText && c.Kind == kind);
    }

    [Fact]
    public void Longer_words_mask_stems_inside_them()
    {
        var result = _analyzer.ClassifySentence("Der Vertrag ist kostenlos.", "de");
        Assert.DoesNotContain(result.Cues, c => c.Kind is TalkCueKind.PartnerMoney or TalkCueKind.PartnerCost);
        Assert.Equal(TalkLabel.Neutral, result.Label);
    }

    [Theory]
    [InlineData("Partners earn 35 % margin on every renewal.", TalkLabel.Business)]
    [InlineData("Partner verdienen 35 % Marge an jeder Verlängerung.", TalkLabel.Business)]
    [InlineData("Version 4.2 adds SAML single sign-on and a new REST API.", TalkLabel.Product)]
    [InlineData("Version 4.2 bringt SAML-Single-Sign-on und eine neue REST-Schnittstelle.", TalkLabel.Product)]
    [InlineData("The new dashboard shows every tenant at a glance, so you can serve more customers with the same team.", TalkLabel.Bridged)]
    [InlineData("Das neue Dashboard zeigt alle Mandanten auf einen Blick, damit Sie mit demselben Team mehr Kunden betreuen.", TalkLabel.Bridged)]
    [InlineData("Deduplication cuts your storage costs by 40 %.", TalkLabel.Bridged)]
    [InlineData("Join our webinar on 12 May at 10:00.", TalkLabel.Neutral)]
    [InlineData("Melden Sie sich jetzt zum Webinar am 12. Mai an.", TalkLabel.Neutral)]
    public void Labels_typical_sentences(string sentence, TalkLabel expected)
    {
        Assert.Equal(expected, _analyzer.ClassifySentence(sentence).Label);
    }

    [Fact]
    public void Bridged_sentence_names_the_bridge_and_both_sides()
    {
        var result = _analyzer.ClassifySentence("Die Deduplizierung senkt Ihre Speicherkosten, das bedeutet für Sie mehr Marge pro Vertrag.", "de");
        Assert.Equal(TalkLabel.Bridged, result.Label);
        Assert.Contains(result.Cues, c => c.Kind == TalkCueKind.Bridge && c.Text == "das bedeutet für Sie");
        Assert.Contains(result.Cues, c => c.Kind == TalkCueKind.Technology);
        Assert.Contains(result.Cues, c => c.Kind == TalkCueKind.PartnerMoney && c.Text == "Marge");
        Assert.InRange(result.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Lower_case_sie_is_not_the_partner()
    {
        var result = _analyzer.ClassifySentence("Die Kunden sagen, dass sie zufrieden sind.", "de");
        Assert.DoesNotContain(result.Cues, c => c.Kind == TalkCueKind.PartnerCentric);
    }

    [Fact]
    public void Amounts_are_quantified_value_when_tied_to_the_partner_and_specs_otherwise()
    {
        var business = _analyzer.ClassifySentence("Your margin rises by 1.234,56 € per year.", "en");
        Assert.Contains(business.Cues, c => c.Kind == TalkCueKind.QuantifiedValue && c.Text == "1.234,56 €");
        var product = _analyzer.ClassifySentence("Restores are 30 % faster on NVMe storage.", "en");
        Assert.Contains(product.Cues, c => c.Kind == TalkCueKind.Spec && c.Text == "30 %");
        Assert.Equal(TalkLabel.Product, product.Label);
    }

    [Theory]
    [InlineData("We focus on the outcome.", TalkCueKind.PartnerCost)]
    [InlineData("Dispatch happens daily.", TalkCueKind.Feature)]
    [InlineData("Ihr Ansprechpartner ist Max Weber.", TalkCueKind.Spec)]
    [InlineData("Neueinstellungen sind nicht nötig.", TalkCueKind.Feature)]
    [InlineData("Die Serviceleistung zählt.", TalkCueKind.Spec)]
    public void Short_stems_do_not_fire_inside_unrelated_words(string sentence, TalkCueKind kind)
    {
        Assert.DoesNotContain(_analyzer.ClassifySentence(sentence).Cues, c => c.Kind == kind);
    }

    [Theory]
    [InlineData("Your console now lists every tenant with its open invoices.", "en")]
    [InlineData("Ihre Administratoren sehen jetzt alle Kunden in einer Liste.", "de")]
    [InlineData("The billing module now exports invoices as PDF.", "en")]
    [InlineData("Die Abrechnung unterstützt jetzt Teilrechnungen.", "de")]
    public void A_pronoun_customers_or_billing_do_not_make_a_feature_sentence_business_talk(string sentence, string language)
    {
        var result = _analyzer.ClassifySentence(sentence, language);
        Assert.Equal(TalkLabel.Product, result.Label);
    }

    [Theory]
    [InlineData("Automated patching enables MSPs to reduce costs per endpoint.", "en", "enables MSP")]
    [InlineData("The new API helps integrators cut project costs by a third.", "en", "helps integrator")]
    [InlineData("Die Patch-Automatik hilft Systemhäusern, die Kosten pro Endgerät zu senken.", "de", "hilft Systemhäuser")]
    [InlineData("Die neue Schnittstelle ermöglicht Partnern, Wartungsaufwand und Kosten deutlich zu senken.", "de", "ermöglicht Partner")]
    public void Third_person_and_verb_form_bridges_are_recognised(string sentence, string language, string bridge)
    {
        var result = _analyzer.ClassifySentence(sentence, language);
        Assert.Contains(result.Cues, c => c.Kind == TalkCueKind.Bridge && c.Text.StartsWith(bridge, StringComparison.Ordinal));
        Assert.Equal(TalkLabel.Bridged, result.Label);
    }

    [Theory]
    [InlineData("Die Laufzeit von Verträgen steht im Portal.", TalkCueKind.PartnerMoney)]
    [InlineData("Die Funktion ist derzeit in der Beta.", TalkCueKind.PartnerCost)]
    [InlineData("Unser Marktplatzauftritt wurde überarbeitet.", TalkCueKind.Market)]
    public void German_words_do_not_hide_false_cues(string sentence, TalkCueKind kind)
    {
        Assert.DoesNotContain(_analyzer.ClassifySentence(sentence, "de").Cues, c => c.Kind == kind);
    }

    [Theory]
    [InlineData("Neue Kundenschichten im Handwerk warten auf Sie.", TalkCueKind.Market)]
    [InlineData("Die zeitsparende Einrichtung überzeugt.", TalkCueKind.PartnerCost)]
    public void German_compounds_get_their_cue(string sentence, TalkCueKind kind)
    {
        Assert.Contains(_analyzer.ClassifySentence(sentence, "de").Cues, c => c.Kind == kind);
    }

    [Theory]
    [InlineData("MDF claims must be submitted in the portal within 30 days of the activity.", "en")]
    [InlineData("Rebate statements for Q3 are in the portal; payment terms are net 45.", "en")]
    [InlineData("Bitte reichen Sie Ihre MDF-Anträge bis zum 15. März im Portal ein.", "de")]
    public void Program_logistics_with_money_words_are_neutral(string sentence, string language)
    {
        Assert.Equal(TalkLabel.Neutral, _analyzer.ClassifySentence(sentence, language).Label);
    }

    [Fact]
    public void Negations_are_counted_for_the_classifier()
    {
        var rules = new TalkRules(TalkLexicon.Default, new TalkVocabularyIndex(TalkVocabulary.Empty, TalkLexicon.Default));
        const string sentence = "There is no extra licence cost and the agent is not needed.";
        Assert.Equal(2, rules.Classify(sentence, 0, sentence.Length).Scores.Negations);
    }
}
