namespace SamePage.Core.Talk;

/// <summary>
/// Infers structure from plain text lines: blank lines end paragraphs, bullet markers start bullets,
/// Markdown-style '#' lines and short unpunctuated single-line paragraphs are headings. Offsets stay
/// those of the (newline-normalised) input.
/// </summary>
public static class TalkPlainText
{
    private const int MaxHeadingWords = 12;

    public static TalkDocument Parse(string text, string format = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var blocks = new List<TalkBlock>();
        var paragraphStart = -1;
        var paragraphEnd = -1;
        var paragraphLines = 0;
        var paragraphLineStart = -1;
        var bulletOpen = false;

        void Flush()
        {
            if (paragraphStart >= 0)
            {
                var kind = bulletOpen ? TalkBlockKind.Bullet
                    : paragraphLines == 1 && LooksLikeHeading(text, paragraphStart, paragraphEnd) ? TalkBlockKind.Heading
                    : TalkBlockKind.Paragraph;
                blocks.Add(new TalkBlock(kind, paragraphStart, paragraphEnd));
            }

            paragraphStart = -1;
            paragraphLines = 0;
            bulletOpen = false;
        }

        var pos = 0;
        while (pos <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var (contentStart, contentEnd) = Trim(text, pos, lineEnd);
            if (contentStart >= contentEnd || IsRule(text, contentStart, contentEnd))
            {
                Flush();
            }
            else if (contentEnd - contentStart == 2 && text[contentStart] == '-' && text[contentStart + 1] == '-')
            {
                // The "-- " signature delimiter stays a block of its own so the signature is recognised.
                Flush();
                blocks.Add(new TalkBlock(TalkBlockKind.Paragraph, contentStart, contentEnd));
            }
            else if (text[contentStart] == '#')
            {
                Flush();
                var s = contentStart;
                while (s < contentEnd && text[s] == '#')
                {
                    s++;
                }

                (s, _) = Trim(text, s, contentEnd);
                if (s < contentEnd)
                {
                    blocks.Add(new TalkBlock(TalkBlockKind.Heading, s, contentEnd));
                }
            }
            else if (BulletMarkerLength(text, contentStart, contentEnd) is var marker and > 0)
            {
                Flush();
                var (s, _) = Trim(text, contentStart + marker, contentEnd);
                paragraphStart = s;
                paragraphEnd = contentEnd;
                paragraphLines = 1;
                bulletOpen = true;
            }
            else if (paragraphStart < 0)
            {
                paragraphStart = contentStart;
                paragraphEnd = contentEnd;
                paragraphLines = 1;
            }
            else if (!char.IsLower(text[contentStart]) && IsLabelLine(text, paragraphLineStart, paragraphEnd))
            {
                // A short unpunctuated line above more text is a title or label ("Über den Autor"), not a wrapped line.
                Flush();
                paragraphStart = contentStart;
                paragraphEnd = contentEnd;
                paragraphLines = 1;
            }
            else
            {
                paragraphEnd = contentEnd;
                paragraphLines++;
            }

            paragraphLineStart = contentStart;

            pos = lineEnd + 1;
        }

        Flush();
        return new TalkDocument(text, blocks, format);
    }

    /// <summary>Length of a bullet or list marker at the start of a line ("- ", "• ", "3. ", "b) "), else 0.</summary>
    internal static int BulletMarkerLength(string text, int start, int end)
    {
        var c = text[start];
        if (c is '-' or '*' or '+' or '•' or '·' or '–' or '—' or '▪' or '►' or '▶' or '✓' or '✔' or '→' or '○' or '■' or '◦')
        {
            return start + 1 < end && text[start + 1] == ' ' ? 2 : 0;
        }

        var i = start;
        while (i < end && i - start < 3 && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i == start && i < end && char.IsLetter(text[i]) && i + 1 < end && text[i + 1] == ')')
        {
            i++;
        }

        if (i > start && i + 1 < end && text[i] is '.' or ')' && text[i + 1] == ' ')
        {
            // "3. März" is a date, not a list item.
            var next = i + 2;
            return next < end && char.IsLetter(text[next]) && char.IsUpper(text[next]) && !IsMonthAt(text, next) ? i + 2 - start : 0;
        }

        return 0;
    }

    private static bool IsMonthAt(string text, int pos)
    {
        ReadOnlySpan<string> months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
        foreach (var m in months)
        {
            if (string.CompareOrdinal(text, pos, m, 0, m.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxLabelLineLength = 40;

    private static bool IsLabelLine(string text, int lineStart, int lineEnd)
    {
        if (lineStart < 0 || lineEnd - lineStart >= MaxLabelLineLength)
        {
            return false;
        }

        var last = text[lineEnd - 1];
        return char.IsLetterOrDigit(last) && LooksLikeHeading(text, lineStart, lineEnd);
    }

    private static bool LooksLikeHeading(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Contains(". ", StringComparison.Ordinal) || span.Contains("! ", StringComparison.Ordinal) || span.Contains("? ", StringComparison.Ordinal))
        {
            return false;
        }

        var last = text[end - 1];
        if (last is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '“' or '»')
        {
            return false;
        }

        var words = 1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                words++;
            }
        }

        return words <= MaxHeadingWords && char.IsLetterOrDigit(text[start]) && !char.IsLower(text[start]);
    }

    private static bool IsRule(string text, int start, int end)
    {
        if (end - start < 3)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('-' or '=' or '_' or '*' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
