using System.Globalization;

namespace SamePage.Core.Talk;

/// <summary>
/// Rewrites of product sentences into business talk, in the message's language: the feature the vendor mapped to a
/// value driver, and that driver's yearly figure from the value model ("Deduplizierung senkt Ihre Lieferkosten um
/// ~ 12.000 € im Jahr."). A suggestion is made only when both exist — never a template with blanks to fill — and
/// only when the analyzer itself judges the rewrite business talk.
/// </summary>
internal static class TalkSuggestions
{
    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-US");

    /// <param name="isBusinessTalk">The analyzer's judgement of a sentence; a rewrite it would not call business talk is dropped.</param>
    public static TalkSuggestion? Build(
        TalkSentence sentence,
        IReadOnlyList<(int Start, int End, string Driver)> featureMentions,
        IReadOnlyList<DriverFigure> figures,
        TalkLexicon lexicon,
        Func<string, string, bool> isBusinessTalk)
    {
        var german = sentence.Language == TalkLanguageDetector.German;
        // Each mapped feature carries its own driver's figure, so two features share a figure only through one driver.
        foreach (var (start, end, driver) in featureMentions)
        {
            var figure = figures.FirstOrDefault(f => string.Equals(f.Name, driver, StringComparison.OrdinalIgnoreCase));
            if (figure is null || figure.AnnualValue == 0)
            {
                continue;
            }

            var feature = Capitalise(ExpandToWord(sentence, start, end));
            var label = german ? figure.LabelDe : figure.LabelEn;
            var cost = IsCost(label, lexicon);
            var amount = FormatAmount(Math.Abs(figure.AnnualValue), figure.Currency, german);
            // German without articles before the label: the vendor's label may be of any gender or number.
            var text = german
                ? cost ? $"{feature} spart Ihnen ~ {amount} an {label} im Jahr." : $"{feature} bringt Ihnen ~ {amount} mehr {label} im Jahr."
                : $"{feature} {(cost ? "cuts" : "raises")} your {label} by ~ {amount} a year.";
            if (isBusinessTalk(text, sentence.Language))
            {
                return new TalkSuggestion(sentence.Index, [driver], text);
            }
        }

        return null;
    }

    private static string Capitalise(string word) => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    /// <summary>The whole word around a cue, so a stem hit inside "Schnittstellenanbindung" names the compound.</summary>
    private static string ExpandToWord(TalkSentence sentence, int start, int end)
    {
        var text = sentence.Text;
        var s = Math.Clamp(start - sentence.Start, 0, text.Length);
        var e = Math.Clamp(end - sentence.Start, s, text.Length);
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '-'))
        {
            s--;
        }

        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '-'))
        {
            e++;
        }

        return text[s..e];
    }

    private static bool IsCost(string label, TalkLexicon lexicon)
    {
        var hits = new List<TalkPatternHit>();
        lexicon.Matcher.Match(label, 0, label.Length, hits);
        return hits.Any(h => lexicon.Entries[h.Payload].Kind == TalkLexiconKind.PartnerCost);
    }

    internal static string FormatAmount(decimal value, string currency, bool german)
    {
        var rounded = Math.Round(value, 0, MidpointRounding.AwayFromZero);
        var symbol = currency.ToUpperInvariant() switch
        {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            _ => currency,
        };
        if (german)
        {
            return string.Create(_german, $"{rounded:N0} {symbol}");
        }

        return symbol.Length == 1 ? string.Create(_english, $"{symbol}{rounded:N0}") : string.Create(_english, $"{rounded:N0} {symbol}");
    }
}
