using SamePage.Core.Talk.Readers;

namespace SamePage.Core.Talk;

/// <summary>
/// Reads a communication into plain text with its structure. Formats by file extension: .txt/.text,
/// .md/.markdown, .html/.htm, .eml, .docx, .pdf. Unknown, broken or empty files throw
/// <see cref="TalkInputException"/> with the reason.
/// </summary>
public static class TalkDocumentReader
{
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".eml", ".docx", ".pdf"];

    public static TalkDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TalkInputException($"File not found: {path}");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, Path.GetFileName(path));
        }
        catch (IOException ex)
        {
            throw new TalkInputException($"Cannot read {path}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new TalkInputException($"Cannot read {path}: {ex.Message}", ex);
        }
    }

    public static TalkDocument Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        TalkDocument document;
        try
        {
            document = extension switch
            {
                ".txt" or ".text" => TalkPlainText.Parse(TextDecoding.ReadText(stream, fileName), "text"),
                ".md" or ".markdown" => MarkdownReader.Read(TextDecoding.ReadText(stream, fileName)),
                ".html" or ".htm" => HtmlReader.Read(TextDecoding.ReadText(stream, fileName)),
                ".eml" => EmlReader.Read(stream),
                ".docx" => DocxReader.Read(stream),
                ".pdf" => PdfReader.Read(stream),
                _ => throw new TalkInputException(
                    $"{fileName}: unsupported file type '{extension}'. Supported: {string.Join(", ", SupportedExtensions)}."),
            };
        }
        catch (TalkInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new TalkInputException($"{fileName}: not a readable {extension.TrimStart('.')} file ({ex.GetType().Name}: {ex.Message}).", ex);
        }

        if (document.Blocks.Count == 0)
        {
            throw new TalkInputException($"{fileName}: the file contains no text.");
        }

        return document;
    }
}
