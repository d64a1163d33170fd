using System.Globalization;
using SamePage.Core.Perception;

namespace SamePage.Web.Pages.Surveys;

/// <summary>
/// One survey question as a form field in a fixed language (the builder previews both; the portal uses the user's):
/// radio groups for scales, a number box for estimates (percent shown as %), a text area for the comment.
/// </summary>
public sealed record QuestionField(SurveyQuestion Question, string Language, string? Value, bool Disabled, string? Error, string? IdPrefix = null)
{
    public string Name => "q-" + Question.Id;

    public string DomId => (IdPrefix ?? "f") + "-" + Question.Id.Replace('.', '-');

    public bool German => Language == "de";

    public string Text => Question.Text.For(Language) ?? Question.Id;

    public bool IsPercent => Question.Unit == Core.Values.ModelUnits.Percent;

    public IEnumerable<int> Scale => Question.IsWholeNumberScale
        ? Enumerable.Range((int)Question.ScaleMin!.Value, (int)(Question.ScaleMax!.Value - Question.ScaleMin.Value) + 1)
        : [];

    public string ScaleHint => Question.Kind switch
    {
        QuestionKind.Importance => German ? "1 = unwichtig, 5 = sehr wichtig" : "1 = not important, 5 = very important",
        QuestionKind.Delivery or QuestionKind.Relationship => German ? "1 = sehr schlecht, 5 = sehr gut" : "1 = very poor, 5 = very good",
        QuestionKind.Nps => German ? "0 = auf keinen Fall, 10 = ganz sicher" : "0 = not at all likely, 10 = extremely likely",
        QuestionKind.OverallValue => German ? "0 = keiner, 10 = sehr hoch" : "0 = none, 10 = very high",
        _ => "",
    };

    /// <summary>The range of an estimate as the form shows it.</summary>
    public string RangeHint
    {
        get
        {
            var factor = IsPercent ? 100 : 1;
            var min = Question.Min is { } a ? (a * factor).ToString("0.##", CultureInfo.InvariantCulture) : null;
            var max = Question.Max is { } b ? (b * factor).ToString("0.##", CultureInfo.InvariantCulture) : null;
            var unit = IsPercent ? " %" : "";
            return (min, max) switch
            {
                (not null, not null) => $"{min}–{max}{unit}",
                (not null, null) => (German ? "mindestens " : "at least ") + min + unit,
                (null, not null) => (German ? "höchstens " : "at most ") + max + unit,
                _ => "",
            };
        }
    }

    public string? InputMin => Question.Min is { } a ? (a * (IsPercent ? 100 : 1)).ToString(CultureInfo.InvariantCulture) : null;

    public string? InputMax => Question.Max is { } b ? (b * (IsPercent ? 100 : 1)).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The English UI key of a question kind (German in the resources).</summary>
    public static string KindLabel(QuestionKind kind) => kind switch
    {
        QuestionKind.Estimate => "Estimate",
        QuestionKind.Importance => "Importance",
        QuestionKind.Delivery => "Delivery",
        QuestionKind.OverallValue => "Overall value",
        QuestionKind.Nps => "NPS",
        QuestionKind.Relationship => "Relationship",
        _ => "Comment",
    };

    /// <summary>The stored answer as the field shows it (percent as %).</summary>
    public static string? Show(SurveyQuestion question, SurveyAnswer? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return answer switch
        {
            null => null,
            { Number: { } n } => question.Kind == QuestionKind.Estimate ? SurveyJson.Display(question, n) : n.ToString(CultureInfo.InvariantCulture),
            _ => answer.Text,
        };
    }

    /// <summary>Reads a posted field into an answer; null with a reason when it is not a number.</summary>
    public static (SurveyAnswer? Answer, string? Error) Read(SurveyQuestion question, string? posted)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(posted))
        {
            return (new SurveyAnswer(question.Id, null), null);
        }

        if (question.Kind == QuestionKind.FreeText)
        {
            return (new SurveyAnswer(question.Id, null, posted.Trim()), null);
        }

        var text = posted.Trim().TrimEnd('%').Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.CurrentCulture, out value))
        {
            return (null, "not a number");
        }

        return (new SurveyAnswer(question.Id, question.Unit == Core.Values.ModelUnits.Percent ? value / 100 : value), null);
    }
}
