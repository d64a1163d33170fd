namespace SamePage.Core.Talk;

/// <summary>
/// Flesch reading ease (English: 206.835 − 1.015·ASL − 84.6·ASW) and Amstad's German adaptation
/// (180 − ASL − 58.5·ASW), ASL = words per sentence, ASW = syllables per word. Syllables are counted
/// as groups of vowels (a, e, i, o, u, y, ä, ö, ü and accented vowels), at least one per word.
/// </summary>
public static class TalkReadabilityCalculator
{
    public static TalkReadability Compute(string language, IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int sentenceCount = 0, words = 0, syllables = 0;
        foreach (var sentence in sentences)
        {
            var (w, s) = Count(sentence);
            if (w == 0)
            {
                continue;
            }

            sentenceCount++;
            words += w;
            syllables += s;
        }

        var german = language == TalkLanguageDetector.German;
        var formula = german ? "amstad" : "flesch";
        if (words == 0)
        {
            return new TalkReadability(formula, null, 0, 0, 0);
        }

        var asl = (double)words / sentenceCount;
        var asw = (double)syllables / words;
        var score = german ? 180 - asl - (58.5 * asw) : 206.835 - (1.015 * asl) - (84.6 * asw);
        return new TalkReadability(formula, Math.Round(score, 1), sentenceCount, words, syllables);
    }

    /// <summary>Words (runs containing a letter) and their vowel-group syllables.</summary>
    public static (int Words, int Syllables) Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, syllables = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int groups = 0;
            var letters = false;
            var inVowel = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                var c = char.ToLowerInvariant(text[i]);
                if (char.IsLetter(c))
                {
                    letters = true;
                }

                var vowel = IsVowel(c);
                if (vowel && !inVowel)
                {
                    groups++;
                }

                inVowel = vowel;
                i++;
            }

            if (letters)
            {
                words++;
                syllables += Math.Max(1, groups);
            }
        }

        return (words, syllables);
    }

    public static int Syllables(string word) => Math.Max(1, Count(word).Syllables);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü' or 'á' or 'à' or 'â' or 'é' or 'è' or 'ê' or 'í' or 'ó' or 'ô' or 'ú';
}
