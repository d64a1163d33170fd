using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace SamePage.Core.Talk.Readers;

/// <summary>
/// PDF via PdfPig: text of each page in content order, line structure inferred like plain text;
/// words hyphenated across a line break ("Partner-\nmarge") are joined again.
/// </summary>
internal static class PdfReader
{
    public static TalkDocument Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var pdf = PdfDocument.Open(buffer.ToArray());
        var builder = new TalkTextBuilder();
        foreach (var page in pdf.GetPages())
        {
            var text = ContentOrderTextExtractor.GetText(page);
            builder.AddPlain(JoinHyphenation(text));
        }

        return builder.Build("pdf");
    }

    internal static string JoinHyphenation(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && text[i + 1] == '\n'
                && i + 2 < text.Length && char.IsLower(text[i + 2]))
            {
                i++;
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }
}
