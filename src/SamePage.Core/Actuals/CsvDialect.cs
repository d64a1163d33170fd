using System.Text;
using System.Text.Unicode;

namespace SamePage.Core.Actuals;

/// <summary>
/// What the start of a delimited text file says about how to read it: the delimiter (the most frequent of
/// ',' ';' and tab outside quotes on the header line; ',' when none occurs; an Excel "sep=X" first line wins),
/// and the encoding (UTF-8 with or without BOM; Windows-1252 when the start is not valid UTF-8, as older
/// German Excel exports are).
/// </summary>
internal sealed record CsvDialect(char Delimiter, bool HasSeparatorHint, Encoding Encoding)
{
    private static readonly char[] _candidates = [',', ';', '\t'];

    public static CsvDialect Detect(ReadOnlySpan<byte> start, bool complete)
    {
        var text = start;
        var hasBom = text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (hasBom)
        {
            text = text[3..];
        }

        var encoding = hasBom || IsUtf8(text, complete) ? (Encoding)new UTF8Encoding(false) : Windows1252();
        var headerEnd = HeaderLineLength(text);
        var header = text[..headerEnd];

        if (header.Length >= 5 && header.Length <= 6 && header.StartsWith("sep="u8))
        {
            return new CsvDialect((char)header[4], true, encoding);
        }

        var best = ',';
        var bestCount = 0;
        foreach (var candidate in _candidates)
        {
            var count = CountOutsideQuotes(header, (byte)candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return new CsvDialect(best, false, encoding);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> text, bool complete)
    {
        if (Utf8.IsValid(text))
        {
            return true;
        }

        // The buffer may end inside a multi-byte character: allow up to 3 trailing bytes to be cut.
        for (var cut = 1; !complete && cut <= 3 && cut < text.Length; cut++)
        {
            if (Utf8.IsValid(text[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static int HeaderLineLength(ReadOnlySpan<byte> text)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (b == (byte)'\n' || b == (byte)'\r'))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int CountOutsideQuotes(ReadOnlySpan<byte> line, byte delimiter)
    {
        var inQuotes = false;
        var count = 0;
        foreach (var b in line)
        {
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b == delimiter)
            {
                count++;
            }
        }

        return count;
    }
}
