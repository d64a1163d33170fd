using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkRulesTests
{
    private static readonly TalkAnalyzer _analyzer = new();

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
}
