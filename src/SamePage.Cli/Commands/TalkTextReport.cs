using System.Globalization;
using System.Text;
using SamePage.Core.Talk;

namespace SamePage.Cli.Commands;

/// <summary>The text form of `talk check`: each sentence with its (coloured) label, cues and drivers, the metrics and the suggestions.</summary>
public static class TalkTextReport
{
    private const string Reset = "\u001b[0m";

    public static string Write(TalkAnalysis analysis, double minBusinessShare, bool color)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        var name = analysis.File ?? "message";
        if (analysis.Line is { } line)
        {
            name += string.Create(CultureInfo.InvariantCulture, $":{line}");
        }
        var passes = TalkGate.Passes(analysis, minBusinessShare);
        var gate = passes ? Paint("PASS", "\u001b[32m", color) : Paint("FAIL", "\u001b[31m", color);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name} [{analysis.Language}] {gate}: business share {Percent(analysis.BusinessShare)} (gate {Percent(minBusinessShare)}), dominant {TalkLabels.Name(analysis.Label)}");
        foreach (var s in analysis.Sentences)
        {
            var label = TalkLabels.Name(s.Label);
            // An unsure label is shown as a guess ("product?"), not with false certainty.
            var shown = s.Unsure ? label + "?" : label;
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {s.Index,3} {Paint(shown.PadRight(8), Ansi(s.Label), color)} {s.Confidence:0.00}  {s.Text}{(s.Unsure ? "  (unsure)" : "")}");
            if (s.Cues.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"               cues: {string.Join(", ", s.Cues.Select(c => $"{c.Text} ({KindName(c.Kind)})"))}");
            }
            if (s.Drivers.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"               drivers: {string.Join(", ", s.Drivers)}");
            }
        }
        var m = analysis.Metrics;
        sb.AppendLine(CultureInfo.InvariantCulture, $"  sentences: {m.Business} business, {m.Bridged} bridged, {m.Product} product, {m.Neutral} neutral");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  congruence {Percent(analysis.Congruence)}, readability {TalkCommand.Invariant(analysis.Readability, "0.0")} ({m.Readability.Formula}), partner orientation {Percent(m.Orientation.PartnerShare)} ({m.Orientation.PartnerMentions} partner / {m.Orientation.VendorMentions} vendor mentions)");
        if (m.QuantifiedPartnerValue.Count > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  quantified partner value: {m.QuantifiedPartnerValue.Count} figure(s)");
        }
        foreach (var suggestion in analysis.Suggestions)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  suggestion for {suggestion.SentenceIndex}: {suggestion.Text}");
        }
        sb.AppendLine();
        return sb.ToString();
    }

    public static string KindName(TalkCueKind kind) =>
        System.Text.Json.JsonSerializer.Serialize(kind, TalkJson.Options).Trim('"');

    private static string Percent(double? value) => value is { } v ? v.ToString("0%", CultureInfo.InvariantCulture) : "–";

    private static string Ansi(TalkLabel label) => label switch
    {
        TalkLabel.Business => "\u001b[32m",
        TalkLabel.Bridged => "\u001b[34m",
        TalkLabel.Product => "\u001b[33m",
        _ => "\u001b[90m",
    };

    private static string Paint(string text, string code, bool color) => color ? code + text + Reset : text;
}
