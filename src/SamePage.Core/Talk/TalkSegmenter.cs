namespace SamePage.Core.Talk;

/// <summary>
/// Splits the blocks of a document into sentences. Headings stay one unit; bullets and paragraphs split
/// at sentence-final punctuation followed by space and a capital, except after abbreviations
/// (z. B., bzw., e.g., Dr.), initials and ordinal dates ("3. März"). Dots inside numbers, versions,
/// URLs and e-mail addresses are never followed by a space, so they never split.
/// </summary>
public static class TalkSegmenter
{
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bzw", "ca", "nr", "dr", "prof", "vs", "inkl", "exkl", "ggf", "evtl", "vgl", "zzgl", "abzgl", "hr", "fr", "mr", "mrs", "ms",
        "st", "str", "tel", "abs", "abb", "bspw", "bsp", "usf", "sog", "allg", "einschl", "max", "min", "mind", "mio", "mrd", "tsd",
        "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "dec", "oct", "no", "approx", "incl",
        "excl", "est", "dept", "corp", "co", "jr", "sr", "gen", "fig", "ff", "ebd", "geb", "gegr", "zb", "ua", "dh", "uvm", "vol",
        "s", "z", "u", "a", "d", "h", "o", "e", "i", "v", "vers", "rel", "ver", "chr", "ing", "dipl", "mag", "techn", "kfm",
    };

    private static readonly string[] _months =
    [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
        "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
    ];

    public static IReadOnlyList<TalkSpan> Segment(TalkDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<TalkSpan>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind == TalkBlockKind.Heading)
            {
                AddTrimmed(document.Text, block.Start, block.End, block.Kind, spans);
            }
            else
            {
                SplitSentences(document.Text, block.Start, block.End, block.Kind, spans);
            }
        }

        return spans;
    }

    /// <summary>Sentence spans of text[start..end) appended to spans; each carries the block kind.</summary>
    internal static void SplitSentences(string text, int start, int end, TalkBlockKind kind, List<TalkSpan> spans)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            var terminal = i;
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…')
            {
                j++;
            }

            while (j < end && text[j] is '"' or '\'' or '”' or '“' or '«' or '»' or '‘' or '’' or ')' or ']')
            {
                j++;
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                i = j;
                continue;
            }

            var next = j;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && IsBoundary(text, sentenceStart, terminal, j, next))
            {
                AddTrimmed(text, sentenceStart, j, kind, spans);
                sentenceStart = next;
            }

            i = next;
        }

        AddTrimmed(text, sentenceStart, end, kind, spans);
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminal, int afterPunct, int next)
    {
        var n = text[next];
        if (char.IsLower(n) || n is ',' or ';' or ':' or ')' or '%' or '€')
        {
            return false;
        }

        if (text[terminal] != '.' || afterPunct - terminal > 1 && text[terminal + 1] == '.')
        {
            return true;
        }

        // The token before the dot decides: abbreviation, initial, or ordinal number.
        var tokenStart = terminal;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]) && text[tokenStart - 1] is not ('(' or '"' or '„' or '“'))
        {
            tokenStart--;
        }

        var token = text.AsSpan(tokenStart, terminal - tokenStart);
        if (token.Length == 0)
        {
            return true;
        }

        if (token.Length == 1 && char.IsLetter(token[0]))
        {
            return false;
        }

        if (token.Contains('.') && token.Length <= 6 && !token.Contains('/') && char.IsLetter(token[0]))
        {
            return false;
        }

        if (_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
        {
            return false;
        }

        if (IsDigits(token) && token.Length <= 2 && StartsWithMonth(text, next))
        {
            return false;
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithMonth(string text, int pos)
    {
        foreach (var m in _months)
        {
            if (string.CompareOrdinal(text, pos, m, 0, m.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTrimmed(string text, int start, int end, TalkBlockKind kind, List<TalkSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                spans.Add(new TalkSpan(start, end, kind));
                return;
            }
        }

        if (end - start == 2 && text[start] == '-' && text[start + 1] == '-')
        {
            spans.Add(new TalkSpan(start, end, kind));
        }
    }
}
