using System.Globalization;

namespace SamePage.Core.Talk;

/// <summary>
/// Labelled corpora. Two layouts: a header line naming the columns (<c>split label language kind style
/// sentence</c>, any order, <c>label</c> and <c>sentence</c> required), or headerless
/// <c>label TAB language TAB sentence</c>. Blank lines and lines starting with # are skipped. The project
/// corpus (Talk/Corpus/talk-corpus.tsv) is embedded: retraining with corrections needs it at run time.
/// </summary>
public static class TalkCorpus
{
    public const string Train = "train";
    public const string HeldOut = "heldout";
    private const string EmbeddedResource = "SamePage.Core.Talk.Corpus.talk-corpus.tsv";
    private const int MaxSentenceChars = 2_000;
    private const int MaxExamples = 1_000_000;
    private static readonly Lazy<IReadOnlyList<TalkExample>> _embedded = new(ReadEmbedded);

    /// <summary>The project corpus, both splits.</summary>
    public static IReadOnlyList<TalkExample> Embedded => _embedded.Value;

    public static IReadOnlyList<TalkExample> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<TalkExample>();
        Dictionary<string, int>? columns = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (columns is null && examples.Count == 0 && parts[0].Trim() is "split" or "label")
            {
                columns = Header(parts, lineNumber);
                continue;
            }

            if (examples.Count >= MaxExamples)
            {
                throw Error(lineNumber, "a corpus holds at most 1,000,000 sentences.");
            }

            examples.Add(columns is null ? Legacy(parts, lineNumber) : Row(parts, columns, lineNumber));
        }

        return examples;
    }

    public static IReadOnlyList<TalkExample> Read(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkInputException($"Cannot read corpus {path}: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, int> Header(string[] parts, int lineNumber)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            var name = parts[i].Trim().ToLowerInvariant();
            if (name is not ("split" or "label" or "language" or "kind" or "style" or "sentence"))
            {
                throw Error(lineNumber, $"unknown column '{parts[i]}' (split, label, language, kind, style, sentence).");
            }

            if (!columns.TryAdd(name, i))
            {
                throw Error(lineNumber, $"column '{name}' appears twice.");
            }
        }

        if (!columns.ContainsKey("label") || !columns.ContainsKey("sentence"))
        {
            throw Error(lineNumber, "the header needs the columns 'label' and 'sentence'.");
        }

        return columns;
    }

    private static TalkExample Legacy(string[] parts, int lineNumber)
    {
        if (parts.Length < 3)
        {
            throw Error(lineNumber, "expected 'label TAB language TAB sentence'.");
        }

        return new TalkExample(Label(parts[0], lineNumber), Language(parts[1], lineNumber), Sentence(string.Join('\t', parts.Skip(2)), lineNumber));
    }

    private static TalkExample Row(string[] parts, Dictionary<string, int> columns, int lineNumber)
    {
        if (parts.Length != columns.Count)
        {
            throw Error(lineNumber, $"expected {columns.Count} tab-separated fields as in the header, found {parts.Length}.");
        }

        string Field(string name, string fallback) => columns.TryGetValue(name, out var i) ? parts[i].Trim() : fallback;
        var sentence = Sentence(Field("sentence", string.Empty), lineNumber);
        var split = Field("split", Train).ToLowerInvariant();
        if (split is not (Train or HeldOut))
        {
            throw Error(lineNumber, $"split must be '{Train}' or '{HeldOut}', not '{split}'.");
        }

        var language = columns.ContainsKey("language") ? Language(Field("language", string.Empty), lineNumber) : TalkLanguageDetector.Detect(sentence);
        return new TalkExample(Label(Field("label", string.Empty), lineNumber), language, sentence)
        {
            Kind = Field("kind", string.Empty),
            Style = Field("style", string.Empty),
            Split = split,
        };
    }

    private static TalkLabel Label(string text, int lineNumber) =>
        TalkLabels.TryParse(text, out var label) ? label : throw Error(lineNumber, $"unknown label '{text}' (business, product, bridged, neutral).");

    private static string Language(string text, int lineNumber)
    {
        var language = text.Trim().ToLowerInvariant();
        return language is TalkLanguageDetector.German or TalkLanguageDetector.English
            ? language
            : throw Error(lineNumber, $"language must be 'de' or 'en', not '{text}'.");
    }

    private static string Sentence(string text, int lineNumber)
    {
        var sentence = text.Trim();
        if (sentence.Length == 0)
        {
            throw Error(lineNumber, "the sentence is empty.");
        }

        return sentence.Length <= MaxSentenceChars ? sentence : throw Error(lineNumber, "a sentence has at most 2,000 characters.");
    }

    private static TalkInputException Error(int lineNumber, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Corpus line {lineNumber}: {reason}"));

    private static IReadOnlyList<TalkExample> ReadEmbedded()
    {
        using var stream = typeof(TalkCorpus).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResource} is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
