namespace SamePage.Core.Talk;

/// <summary>
/// German/English detection by function-word scoring: each token that is a frequent function word of
/// one language scores for it; umlauts and ß add to German. Short or undecided text falls back to a default.
/// </summary>
public static class TalkLanguageDetector
{
    public const string German = "de";
    public const string English = "en";

    private static readonly HashSet<string> _english = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "for", "with", "you", "your", "that", "this", "it", "on", "are", "be", "we", "our", "can",
        "will", "by", "from", "as", "at", "or", "have", "has", "more", "new", "now", "which", "how", "what", "all", "not", "their",
        "they", "its", "into", "than", "when", "who", "out", "up", "get", "per", "each", "was", "were", "been", "also", "just",
        "about", "these", "those", "there", "would", "should", "could", "does", "do", "a", "an", "if", "so", "my", "us", "here",
    };

    private static readonly HashSet<string> _german = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "ist", "mit", "für", "von", "zu", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "nicht", "auch", "sie", "ihr", "ihre", "ihren", "ihnen", "wir", "unser", "unsere", "sich", "auf", "im", "bei", "aus", "dass",
        "wie", "oder", "werden", "wird", "noch", "nur", "mehr", "jetzt", "neue", "neuen", "können", "kann", "haben", "hat", "sind",
        "zum", "zur", "über", "ab", "um", "durch", "pro", "bis", "nach", "vom", "beim", "sowie", "damit", "sodass", "es", "ich",
        "uns", "diese", "dieser", "dieses", "welche", "als", "wenn", "schon", "hier", "alle", "jede", "jeden", "sein", "ihrem",
    };

    /// <summary>Scores text[start..end): positive for German, negative for English.</summary>
    public static double Score(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var score = 0.0;
        var umlauts = 0;
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                if (text[i] is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü')
                {
                    umlauts++;
                }

                i++;
            }

            if (i > wordStart && i - wordStart <= 7)
            {
                var word = text.AsSpan(wordStart, i - wordStart);
                if (_german.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    score += 1;
                }

                if (_english.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    score -= 1;
                }
            }
        }

        return score + Math.Min(umlauts, 3) * 0.5;
    }

    /// <summary>The language of text, or <paramref name="fallback"/> when the evidence is weaker than one function word.</summary>
    public static string Detect(string text, string fallback = English)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text, 0, text.Length, fallback);
    }

    public static string Detect(string text, int start, int end, string fallback)
    {
        var score = Score(text, start, end);
        return score >= 1 ? German : score <= -1 ? English : fallback;
    }
}
