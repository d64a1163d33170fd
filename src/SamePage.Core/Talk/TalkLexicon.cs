using System.Globalization;
using System.Reflection;

namespace SamePage.Core.Talk;

/// <summary>
/// The embedded cue lexicons (Talk/Lexicons/*.txt), compiled into one matcher.
/// Line format: <c>pattern [TAB weight]</c>; a leading <c>*</c> lets the pattern start inside a word,
/// a trailing <c>*</c> lets it end inside a word (so <c>*marge*</c> matches "Partnermarge", "Margen").
/// Lines starting with # are comments.
/// </summary>
internal sealed class TalkLexicon
{
    private static readonly (string File, TalkLexiconKind Kind)[] _files =
    [
        ("partner-money", TalkLexiconKind.PartnerMoney),
        ("partner-cost", TalkLexiconKind.PartnerCost),
        ("customer-outcome", TalkLexiconKind.CustomerOutcome),
        ("market", TalkLexiconKind.Market),
        ("feature", TalkLexiconKind.Feature),
        ("spec", TalkLexiconKind.Spec),
        ("technology", TalkLexiconKind.Technology),
        ("vendor-centric", TalkLexiconKind.VendorCentric),
        ("partner-centric", TalkLexiconKind.PartnerCentric),
        ("bridge", TalkLexiconKind.Bridge),
        ("exclusions", TalkLexiconKind.Exclusion),
        ("footer", TalkLexiconKind.Footer),
        ("signoff", TalkLexiconKind.SignOff),
        ("logistics", TalkLexiconKind.Logistics),
        ("negation", TalkLexiconKind.Negation),
    ];

    private static readonly Lazy<TalkLexicon> _default = new(() => Load(null));
    private string? _fingerprint;

    private TalkLexicon(List<TalkLexiconEntry> entries, TalkPatternMatcher matcher)
    {
        Entries = entries;
        Matcher = matcher;
    }

    public static TalkLexicon Default => _default.Value;

    public IReadOnlyList<TalkLexiconEntry> Entries { get; }

    public TalkPatternMatcher Matcher { get; }

    /// <summary>A hash of every entry: rule cues are classifier features, so a model is only valid for the lexicons it was trained with.</summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Kind}\t{e.Pattern}\t{e.Weight}"))))))[..16].ToLowerInvariant();

    /// <summary>Loads the embedded lexicons plus optional extra entries (e.g. feature phrases of a vocabulary).</summary>
    public static TalkLexicon Load(IEnumerable<TalkLexiconEntry>? extra)
    {
        var entries = new List<TalkLexiconEntry>();
        var assembly = typeof(TalkLexicon).Assembly;
        foreach (var (file, kind) in _files)
        {
            foreach (var line in ReadResource(assembly, file))
            {
                var entry = ParseLine(line, kind);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }
        }

        if (extra is not null)
        {
            entries.AddRange(extra);
        }

        var matcher = new TalkPatternMatcher();
        for (var i = 0; i < entries.Count; i++)
        {
            var pattern = entries[i].Pattern;
            var startBoundary = !pattern.StartsWith('*');
            var endBoundary = !pattern.EndsWith('*');
            var core = pattern.Trim('*');
            if (core.Length > 0)
            {
                matcher.Add(core, i, startBoundary, endBoundary);
            }
        }

        matcher.Build();
        return new TalkLexicon(entries, matcher);
    }

    internal static TalkLexiconEntry? ParseLine(string line, TalkLexiconKind kind)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        var weight = 1.0;
        var tab = trimmed.IndexOf('\t', StringComparison.Ordinal);
        var pattern = trimmed;
        if (tab > 0)
        {
            pattern = trimmed[..tab].Trim();
            weight = double.Parse(trimmed[(tab + 1)..].Trim(), CultureInfo.InvariantCulture);
        }

        return new TalkLexiconEntry(pattern.ToLowerInvariant(), kind, weight);
    }

    private static IEnumerable<string> ReadResource(Assembly assembly, string file)
    {
        var name = $"SamePage.Core.Talk.Lexicons.{file}.txt";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Lexicon resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
