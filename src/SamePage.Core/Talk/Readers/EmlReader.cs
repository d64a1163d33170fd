using MimeKit;

namespace SamePage.Core.Talk.Readers;

/// <summary>
/// E-mail (.eml) via MimeKit: the subject as a heading, then the text/plain body (or the text/html body
/// when there is no plain one), with transfer encodings (quoted-printable, base64) decoded by MimeKit.
/// Quoted reply lines ("> …") are dropped: they are someone else's text.
/// </summary>
internal static class EmlReader
{
    public static TalkDocument Read(Stream stream)
    {
        var message = MimeMessage.Load(stream);
        var plain = message.TextBody;
        var html = message.HtmlBody;
        if (string.IsNullOrWhiteSpace(plain) && string.IsNullOrWhiteSpace(html))
        {
            throw new TalkInputException("The e-mail has no text/plain or text/html part.");
        }

        var builder = new TalkTextBuilder();
        if (!string.IsNullOrWhiteSpace(message.Subject))
        {
            builder.Add(TalkBlockKind.Heading, message.Subject);
        }

        if (!string.IsNullOrWhiteSpace(plain))
        {
            var lines = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !l.TrimStart().StartsWith('>'));
            builder.AddPlain(string.Join('\n', lines));
        }
        else
        {
            var body = HtmlReader.Read(html!);
            foreach (var block in body.Blocks)
            {
                builder.Add(block.Kind, body.Text[block.Start..block.End]);
            }
        }

        return builder.Build("eml");
    }
}
