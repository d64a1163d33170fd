using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SamePage.Core.Talk.Readers;

/// <summary>
/// Word (.docx) via DocumentFormat.OpenXml: paragraphs in document order (tables included); heading and
/// title styles (English and German style ids) become headings, numbered or list paragraphs bullets.
/// </summary>
internal static class DocxReader
{
    public static TalkDocument Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        using var word = WordprocessingDocument.Open(buffer, false);
        var body = word.MainDocumentPart?.Document?.Body ?? throw new TalkInputException("The Word document has no body.");
        var builder = new TalkTextBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = ParagraphText(paragraph);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
            var kind = IsHeadingStyle(style) ? TalkBlockKind.Heading
                : paragraph.ParagraphProperties?.NumberingProperties is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase) || style.Contains("Liste", StringComparison.OrdinalIgnoreCase) ? TalkBlockKind.Bullet
                : TalkBlockKind.Paragraph;
            if (kind == TalkBlockKind.Paragraph && text.Contains('\n', StringComparison.Ordinal))
            {
                builder.AddPlain(text);
            }
            else
            {
                builder.Add(kind, text);
            }
        }

        return builder.Build("docx");
    }

    private static bool IsHeadingStyle(string style) =>
        style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
        || style.Contains("berschrift", StringComparison.OrdinalIgnoreCase)
        || style.Equals("Title", StringComparison.OrdinalIgnoreCase)
        || style.Equals("Titel", StringComparison.OrdinalIgnoreCase)
        || style.Equals("Subtitle", StringComparison.OrdinalIgnoreCase)
        || style.Equals("Untertitel", StringComparison.OrdinalIgnoreCase);

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }
}
