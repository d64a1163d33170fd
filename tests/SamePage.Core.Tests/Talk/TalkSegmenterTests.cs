using SamePage.Core.Talk;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkSegmenterTests
{
    private static List<string> Sentences(string text)
    {
        var document = TalkPlainText.Parse(text);
        return TalkSegmenter.Segment(document).Select(s => document.Text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void German_abbreviations_do_not_end_sentences()
    {
        var sentences = Sentences("Wir bieten z. B. Backup, Archivierung u. a. für KMU bzw. Praxen an. Die Marge beträgt ca. 30 % und Nr. 1 ist Dr. Weber.");
        Assert.Equal(
            ["Wir bieten z. B. Backup, Archivierung u. a. für KMU bzw. Praxen an.", "Die Marge beträgt ca. 30 % und Nr. 1 ist Dr. Weber."],
            sentences);
    }

    [Fact]
    public void English_abbreviations_do_not_end_sentences()
    {
        var sentences = Sentences("We cover e.g. backup, i.e. the full stack, etc. Dr. Smith presents the numbers. Questions?");
        Assert.Equal(["We cover e.g. backup, i.e. the full stack, etc.", "Dr. Smith presents the numbers.", "Questions?"], sentences);
    }

    [Fact]
    public void Numbers_versions_and_percentages_stay_inside_sentences()
    {
        var sentences = Sentences("Der Preis sinkt auf 1.234,56 € pro Jahr. Version 2.4.1 ist da. Die Marge steigt um 15 %. Das Webinar ist am 3. März.");
        Assert.Equal(["Der Preis sinkt auf 1.234,56 € pro Jahr.", "Version 2.4.1 ist da.", "Die Marge steigt um 15 %.", "Das Webinar ist am 3. März."], sentences);
    }

    [Fact]
    public void Urls_and_mail_addresses_do_not_split()
    {
        var sentences = Sentences("Details unter https://example.com/partner.html?id=4 und partner@example.de. Bis bald!");
        Assert.Equal(["Details unter https://example.com/partner.html?id=4 und partner@example.de.", "Bis bald!"], sentences);
    }

    [Fact]
    public void Headings_and_bullets_are_units_of_their_own()
    {
        var document = TalkPlainText.Parse("# Neu im Partnerprogramm\n\nMehr Marge für alle. Ab sofort.\n\n- Punkt eins\n* Punkt zwei\n1. Punkt drei\n\nKurzer Titel\n\nText danach.");
        var spans = TalkSegmenter.Segment(document);
        var units = spans.Select(s => (document.Text[s.Start..s.End], s.Kind)).ToList();
        Assert.Equal(
            [
                ("Neu im Partnerprogramm", TalkBlockKind.Heading),
                ("Mehr Marge für alle.", TalkBlockKind.Paragraph),
                ("Ab sofort.", TalkBlockKind.Paragraph),
                ("Punkt eins", TalkBlockKind.Bullet),
                ("Punkt zwei", TalkBlockKind.Bullet),
                ("Punkt drei", TalkBlockKind.Bullet),
                ("Kurzer Titel", TalkBlockKind.Heading),
                ("Text danach.", TalkBlockKind.Paragraph),
            ],
            units);
    }

    [Fact]
    public void Hard_wrapped_lines_stay_one_sentence_and_offsets_point_into_the_text()
    {
        var text = "Hallo Frau Berg,\n\nmit dem neuen Release sparen Sie\nbei jedem Kunden Zeit. Das zweite Thema folgt.";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal(3, analysis.Sentences.Count);
        Assert.Equal("mit dem neuen Release sparen Sie bei jedem Kunden Zeit.", analysis.Sentences[1].Text);
        foreach (var s in analysis.Sentences)
        {
            Assert.Equal(s.Text, analysis.Text[s.Start..s.End].Replace('\n', ' '));
            foreach (var cue in s.Cues)
            {
                Assert.InRange(cue.Start, s.Start, s.End);
                Assert.Equal(cue.Text, analysis.Text[cue.Start..cue.End]);
            }
        }
    }

    [Fact]
    public void Signature_and_legal_footer_are_neutral()
    {
        var text = "Ihre Marge steigt auf 30 %.\n\nMit freundlichen Grüßen\nJana Weber\nPartner Manager\n\nBeispiel GmbH, Geschäftsführer: Max Muster, Amtsgericht Köln HRB 12345\n\nNewsletter abbestellen";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal(TalkLabel.Business, analysis.Sentences[0].Label);
        Assert.False(analysis.Sentences[0].IsFooter);
        Assert.All(analysis.Sentences.Skip(1), s =>
        {
            Assert.Equal(TalkLabel.Neutral, s.Label);
            Assert.True(s.IsFooter);
        });
    }

    [Fact]
    public void English_signoff_starts_the_signature_and_a_postscript_ends_it()
    {
        var text = "Our new dashboard has 12 widgets.\n\nBest regards,\nTom Baker\nPartner Success, Example Inc.\n\nP.S. Partners earn 20 % margin on every renewal this quarter.";
        var analysis = new TalkAnalyzer().AnalyzeText(text);
        Assert.Equal(TalkLabel.Product, analysis.Sentences[0].Label);
        Assert.True(analysis.Sentences[1].IsFooter);
        Assert.Equal(TalkLabel.Business, analysis.Sentences[^1].Label);
        Assert.False(analysis.Sentences[^1].IsFooter);
    }

    [Fact]
    public void A_short_title_line_above_text_is_its_own_unit_but_wrapped_lines_are_not()
    {
        var document = TalkPlainText.Parse("Über den Autor\nMichael Weber berät Hersteller beim Aufbau von Partnerprogrammen.\n\nMit dem neuen Release\nsparen Sie Zeit.");
        var units = TalkSegmenter.Segment(document).Select(s => (document.Text[s.Start..s.End].Replace('\n', ' '), s.Kind)).ToList();
        Assert.Equal(
            [
                ("Über den Autor", TalkBlockKind.Heading),
                ("Michael Weber berät Hersteller beim Aufbau von Partnerprogrammen.", TalkBlockKind.Paragraph),
                ("Mit dem neuen Release sparen Sie Zeit.", TalkBlockKind.Paragraph),
            ],
            units);
    }

    [Fact]
    public void A_line_with_two_sentences_is_not_a_heading()
    {
        var document = TalkPlainText.Parse("Ihre Adresse wird nicht veröffentlicht. Pflichtfelder sind markiert");
        Assert.Equal(TalkBlockKind.Paragraph, Assert.Single(document.Blocks).Kind);
    }

    [Fact]
    public void A_long_sentence_starting_like_a_signoff_does_not_start_the_signature()
    {
        var analysis = new TalkAnalyzer().AnalyzeText("Cheers to the partners of the year, who grew their recurring revenue by 40 % with managed backup. Partners earn 30 % margin on renewals.");
        Assert.All(analysis.Sentences, s => Assert.False(s.IsFooter));
        Assert.Equal(TalkLabel.Business, analysis.Sentences[1].Label);
    }
}
