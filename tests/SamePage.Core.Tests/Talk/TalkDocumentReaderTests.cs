using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SamePage.Core.Talk;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SamePage.Core.Tests.Talk;

public sealed class TalkDocumentReaderTests
{
    private static TalkDocument Read(string fileName, string content) => Read(fileName, Encoding.UTF8.GetBytes(content));

    private static TalkDocument Read(string fileName, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return TalkDocumentReader.Read(stream, fileName);
    }

    private static List<(TalkBlockKind Kind, string Text)> Blocks(TalkDocument d) => d.Blocks.Select(b => (b.Kind, d.Text[b.Start..b.End])).ToList();

    [Fact]
    public void Markdown_keeps_headings_bullets_and_paragraphs_and_drops_code()
    {
        var document = Read("news.md", "# Mehr **Marge**\n\nIhre Marge steigt auf [30 %](https://x.example).\n\n- Punkt *eins*\n- Punkt zwei\n\n```\nvar x = 1;\n```\n");
        Assert.Equal(
            [
                (TalkBlockKind.Heading, "Mehr Marge"),
                (TalkBlockKind.Paragraph, "Ihre Marge steigt auf 30 %."),
                (TalkBlockKind.Bullet, "Punkt eins"),
                (TalkBlockKind.Bullet, "Punkt zwei"),
            ],
            Blocks(document));
    }

    [Fact]
    public void Html_yields_visible_text_only()
    {
        var html = "<html><head><title>T</title><style>p{color:red}</style></head><body><script>var margin = 1;</script>"
            + "<h1>Partner news</h1><p>Your margin grows<br>to 30 %.</p><div style=\"display:none\">hidden margin</div>"
            + "<ul><li>First point</li><li>Second <b>point</b></li></ul><p>Best regards,<br>Tom</p></body></html>";
        var document = Read("news.html", html);
        Assert.Equal(
            [
                (TalkBlockKind.Heading, "Partner news"),
                (TalkBlockKind.Paragraph, "Your margin grows to 30 %."),
                (TalkBlockKind.Bullet, "First point"),
                (TalkBlockKind.Bullet, "Second point"),
                (TalkBlockKind.Paragraph, "Best regards, Tom"),
            ],
            Blocks(document));
        Assert.DoesNotContain("var margin", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Eml_decodes_quoted_printable_plain_text_and_drops_quoted_replies()
    {
        var eml = "From: a@example.com\r\nTo: b@example.com\r\nSubject: =?utf-8?Q?Mehr_Marge_f=C3=BCr_Sie?=\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Ihre Marge steigt ab M=C3=A4rz auf 30 %.\r\n\r\n> alte Nachricht\r\n";
        var document = Read("mail.eml", eml);
        Assert.Equal([(TalkBlockKind.Heading, "Mehr Marge für Sie"), (TalkBlockKind.Paragraph, "Ihre Marge steigt ab März auf 30 %.")], Blocks(document));
    }

    [Fact]
    public void Eml_decodes_a_base64_html_part_when_there_is_no_plain_text()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>Größere Deals für Sie.</p><style>x{}</style>"));
        var eml = "From: a@example.com\r\nSubject: News\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n--b1--\r\n";
        var document = Read("mail.eml", eml);
        Assert.Equal([(TalkBlockKind.Heading, "News"), (TalkBlockKind.Paragraph, "Größere Deals für Sie.")], Blocks(document));
    }

    [Fact]
    public void Docx_maps_heading_styles_and_numbered_paragraphs()
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text("Partner-Update"))),
                new Paragraph(new Run(new Text("Ihre Marge steigt."))),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new Text("Erster Punkt")))));
        }

        var document = Read("update.docx", buffer.ToArray());
        Assert.Equal(
            [(TalkBlockKind.Heading, "Partner-Update"), (TalkBlockKind.Paragraph, "Ihre Marge steigt."), (TalkBlockKind.Bullet, "Erster Punkt")],
            Blocks(document));
    }

    [Fact]
    public void Pdf_text_is_extracted_line_by_line()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Partners earn 30 % margin on renewals.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        page.AddText("Version 5 adds a REST API.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var document = Read("flyer.pdf", builder.Build());
        var analysis = new TalkAnalyzer().Analyze(document);
        Assert.Equal(["Partners earn 30 % margin on renewals.", "Version 5 adds a REST API."], analysis.Sentences.Select(s => s.Text));
        Assert.Equal([TalkLabel.Business, TalkLabel.Product], analysis.Sentences.Select(s => s.Label));
    }

    [Fact]
    public void Plain_text_in_latin1_is_decoded()
    {
        var document = Read("alt.txt", Encoding.Latin1.GetBytes("Größere Marge für Händler."));
        Assert.Equal("Größere Marge für Händler.", document.Text);
    }

    [Theory]
    [InlineData("broken.docx")]
    [InlineData("broken.pdf")]
    public void Broken_files_throw_a_clear_input_exception(string fileName)
    {
        var ex = Assert.Throws<TalkInputException>(() => Read(fileName, [1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.Contains(fileName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_types_empty_files_and_missing_files_are_rejected()
    {
        Assert.Contains("unsupported file type '.xlsx'", Assert.Throws<TalkInputException>(() => Read("sheet.xlsx", "x")).Message, StringComparison.Ordinal);
        Assert.Contains("contains no text", Assert.Throws<TalkInputException>(() => Read("empty.txt", "  \n ")).Message, StringComparison.Ordinal);
        Assert.Contains("binary", Assert.Throws<TalkInputException>(() => Read("bin.txt", [0x41, 0, 0x42])).Message, StringComparison.Ordinal);
        Assert.Contains("not found", Assert.Throws<TalkInputException>(() => TalkDocumentReader.Read("/nonexistent/x.txt")).Message, StringComparison.Ordinal);
        Assert.Throws<TalkInputException>(() => Read("mail.eml", "this is not a mail"));
    }

    [Fact]
    public void Reads_a_file_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"talk-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Partners earn 30 % margin.\n");
        try
        {
            Assert.Equal("Partners earn 30 % margin.", TalkDocumentReader.Read(path).Text.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
