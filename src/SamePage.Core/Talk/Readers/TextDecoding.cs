using System.Text;

namespace SamePage.Core.Talk.Readers;

/// <summary>Decodes text files: BOM first, then strict UTF-8, then Latin-1; NUL bytes mean a binary file.</summary>
internal static class TextDecoding
{
    public static string ReadText(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0 && !HasUnicodeBom(bytes))
        {
            throw new TalkInputException($"{fileName}: looks like a binary file, not text.");
        }

        if (HasUnicodeBom(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static bool HasUnicodeBom(byte[] b) =>
        (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) || (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)));
}
