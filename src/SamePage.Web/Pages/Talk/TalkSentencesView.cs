using SamePage.Core.Talk;

namespace SamePage.Web.Pages.Talk;

/// <summary>An analysis to show sentence by sentence; with a communication id and <see cref="CanCorrect"/> each sentence gets a correction form.</summary>
public sealed record TalkSentencesView(TalkAnalysis Analysis, int? CommunicationId = null, bool CanCorrect = false)
{
    public static string Title(TalkSentence sentence, Func<string, string> localize)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(localize);
        var parts = new List<string> { $"{localize(TalkLabels.Name(sentence.Label))} ({sentence.Confidence:0.00})" };
        if (sentence.Cues.Count > 0)
        {
            parts.Add(localize("Cues") + ": " + string.Join(", ", sentence.Cues.Select(c => $"{c.Text} ({System.Text.Json.JsonSerializer.Serialize(c.Kind, TalkJson.Options).Trim('"')})")));
        }
        if (sentence.Drivers.Count > 0)
        {
            parts.Add(localize("Drivers") + ": " + string.Join(", ", sentence.Drivers));
        }
        return string.Join(" · ", parts);
    }
}
