using System.Globalization;

namespace SamePage.Core.Talk;

/// <summary>
/// Rewrite patterns for product sentences: what the feature means for the partner's business, in the
/// message's language, filled with the driver's yearly figure from the value model where one is given.
/// These are fixed patterns with placeholders in brackets, not generated prose.
/// </summary>
internal static class TalkSuggestions
{
    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-US");

    public static TalkSuggestion Build(
        TalkSentence sentence,
        IReadOnlyList<string> drivers,
        IReadOnlyList<(int Start, int End, string Driver)> featureMentions,
        IReadOnlyList<DriverFigure> figures,
        TalkLexicon lexicon)
    {
        var german = sentence.Language == TalkLanguageDetector.German;
        var feature = FeatureName(sentence, featureMentions, german);
        var figure = drivers.Select(d => figures.FirstOrDefault(f => string.Equals(f.Name, d, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(f => f is not null);
        string text;
        if (figure is not null)
        {
            var label = german ? figure.LabelDe : figure.LabelEn;
            var cost = IsCost(label, lexicon);
            var amount = FormatAmount(Math.Abs(figure.AnnualValue), figure.Currency, german);
            text = german
                ? $"{feature} {(cost ? "senkt" : "steigert")} Ihre {label} um ~ {amount} im Jahr."
                : $"{feature} {(cost ? "cuts" : "raises")} your {label} by ~ {amount} a year.";
        }
        else if (drivers.Count > 0)
        {
            var names = string.Join(", ", drivers);
            text = german
                ? $"{feature} – das bedeutet für Sie: [Wirkung auf {names} in Euro pro Jahr oder Stunden pro Monat]."
                : $"{feature}, which means for you: [effect on {names} in money per year or hours per month].";
        }
        else
        {
            text = german
                ? $"{feature}, damit Sie [Marge / Umsatz / Aufwand / Kundenbindung: was der Partner gewinnt oder spart, mit Zahl]."
                : $"{feature}, so you can [margin / revenue / effort / retention: what the partner earns or saves, with a figure].";
        }

        return new TalkSuggestion(sentence.Index, drivers, text);
    }

    private static readonly HashSet<string> _genericCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "support for", "supports", "now supports", "unterstützung für", "unterstützt", "unterstützt jetzt", "new", "neu", "neue", "neuen",
        "neues", "release", "version", "update", "updates", "introduces", "introducing", "adds", "added", "feature", "features",
        "funktion", "funktionen", "improved", "improvement", "verbessert", "verbesserung", "now available", "built-in", "product",
        "produkt", "tool", "tools", "system", "solution", "lösung", "option", "options", "users", "user", "nutzer", "benutzer",
    };

    /// <summary>
    /// The feature the vendor mapped to a driver, else the longest run of adjacent product cues
    /// ("Immutable backups", "Redesigned multi-tenant console") that is not only generic words.
    /// </summary>
    private static string FeatureName(TalkSentence sentence, IReadOnlyList<(int Start, int End, string Driver)> featureMentions, bool german)
    {
        string word;
        if (featureMentions.Count > 0)
        {
            word = ExpandToWord(sentence, featureMentions[0].Start, featureMentions[0].End);
        }
        else
        {
            var best = string.Empty;
            var cues = sentence.Cues.Where(c => c.Kind is TalkCueKind.Feature or TalkCueKind.Technology or TalkCueKind.Spec).ToList();
            var i = 0;
            while (i < cues.Count)
            {
                var start = cues[i].Start;
                var end = cues[i].End;
                var specific = !_genericCues.Contains(cues[i].Text);
                var j = i + 1;
                while (j < cues.Count && IsAdjacent(sentence, end, cues[j].Start))
                {
                    end = Math.Max(end, cues[j].End);
                    specific |= !_genericCues.Contains(cues[j].Text);
                    j++;
                }

                var chunk = ExpandToWord(sentence, start, end);
                if (specific && chunk.Length > best.Length)
                {
                    best = chunk;
                }

                i = j;
            }

            if (best.Length == 0)
            {
                return german ? "[Funktion]" : "[Feature]";
            }

            word = best;
        }

        return word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    /// <summary>Two cues belong to one name when only the rest of a word, spaces or hyphens lie between them.</summary>
    private static bool IsAdjacent(TalkSentence sentence, int end, int nextStart)
    {
        var text = sentence.Text;
        var spaces = 0;
        for (var k = end - sentence.Start; k < nextStart - sentence.Start && k < text.Length; k++)
        {
            var c = text[k];
            if (c == ' ')
            {
                spaces++;
            }
            else if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return spaces <= 1;
    }

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
