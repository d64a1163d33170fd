using SamePage.Core.Values;

namespace SamePage.Core.Perception;

/// <summary>
/// Drafts a survey in the value model's own language (issue 5): an estimate per input that has <c>actual</c> set or is
/// marked <c>askPartners</c>, importance and delivery (1-5) per benefit and cost driver, overall perceived value (0-10),
/// partner NPS (0-10), relationship health (1-5) and one comment, in English and German from the model's labels.
/// </summary>
public static class SurveyGenerator
{
    /// <summary>An estimate's upper bound is this many times the model's high (or likely) value.</summary>
    public const double EstimateMaxFactor = 10;

    public const string OverallId = "overall";
    public const string NpsId = "nps";
    public const string CommentId = "comment";

    public static string EstimateId(string input) => "est." + input;

    public static string ImportanceId(string driver) => "imp." + driver;

    public static string DeliveryId(string driver) => "del." + driver;

    public static string RelationshipId(RelationshipAspect aspect) => aspect switch
    {
        RelationshipAspect.EaseOfDoingBusiness => "rel.ease",
        RelationshipAspect.CommunicationUsefulness => "rel.communication",
        _ => "rel.support",
    };

    /// <summary>The ordered questions for a model; <paramref name="segment"/> (default the model's) names the partners asked.</summary>
    public static IReadOnlyList<SurveyQuestion> FromModel(ValueModelDocument model, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var solution = model.Solution;
        var audience = segment ?? model.Segment;
        var questions = new List<SurveyQuestion>();
        foreach (var input in model.Inputs.Where(i => i.Actual is not null || i.AskPartners == true))
        {
            questions.Add(Estimate(input, solution));
        }

        foreach (var driver in model.Drivers.Where(d => d.Category is DriverCategories.Benefit or DriverCategories.Cost))
        {
            var label = driver.Label ?? new LocalizedText(driver.Name, null);
            var en = label.For("en");
            var de = label.For("de");
            questions.Add(SurveyQuestion.Importance(ImportanceId(driver.Name),
                new($"How important is “{en}” for your business?", $"Wie wichtig ist „{de}“ für Ihr Geschäft?"), driver.Name));
            questions.Add(SurveyQuestion.Delivery(DeliveryId(driver.Name),
                new($"How well does {solution} deliver “{en}” for you?", $"Wie gut liefert {solution} „{de}“ für Sie?"), driver.Name));
        }

        var asPartner = string.IsNullOrWhiteSpace(audience) ? string.Empty : $" as a {audience} partner";
        var alsPartner = string.IsNullOrWhiteSpace(audience) ? string.Empty : $" als {audience}-Partner";
        questions.Add(SurveyQuestion.OverallValue(OverallId, new(
            $"Overall, how much business value does {solution} bring your company{asPartner}? (0 = none, 10 = very high)",
            $"Wie viel geschäftlichen Wert bringt {solution} Ihrem Unternehmen{alsPartner} insgesamt? (0 = keinen, 10 = sehr hohen)")));
        questions.Add(SurveyQuestion.Nps(NpsId, new(
            "How likely would you recommend selling this solution to a peer partner?",
            "Wie wahrscheinlich würden Sie einem befreundeten Partner empfehlen, diese Lösung zu verkaufen?")));
        questions.Add(SurveyQuestion.Relationship(RelationshipId(RelationshipAspect.EaseOfDoingBusiness), new(
            "How easy is it to do business with us?",
            "Wie einfach ist die Zusammenarbeit mit uns?"), RelationshipAspect.EaseOfDoingBusiness));
        questions.Add(SurveyQuestion.Relationship(RelationshipId(RelationshipAspect.CommunicationUsefulness), new(
            "How useful are our communications for your business?",
            "Wie nützlich sind unsere Mitteilungen für Ihr Geschäft?"), RelationshipAspect.CommunicationUsefulness));
        questions.Add(SurveyQuestion.Relationship(RelationshipId(RelationshipAspect.Support), new(
            "How satisfied are you with our support?",
            "Wie zufrieden sind Sie mit unserem Support?"), RelationshipAspect.Support));
        questions.Add(SurveyQuestion.FreeText(CommentId, new(
            "What should we know about your business with this solution?",
            "Was sollten wir über Ihr Geschäft mit dieser Lösung wissen?")));
        return questions;
    }

    /// <summary>
    /// The estimate question of an input with a unit-aware range: percent as a fraction 0..1 (the form shows %),
    /// everything else at least 0 and at most <see cref="EstimateMaxFactor"/> times the model's high (or likely) value.
    /// </summary>
    public static SurveyQuestion Estimate(ModelInput input, string solution)
    {
        ArgumentNullException.ThrowIfNull(input);
        var label = input.Label ?? new LocalizedText(input.Name, null);
        var unit = input.Unit ?? ModelUnits.Count;
        double? min = 0;
        double? max = unit == ModelUnits.Percent ? 1 : (input.High ?? input.Likely) is { } top && top > 0 ? top * EstimateMaxFactor : null;
        if (input.Low < 0)
        {
            // An input that may be negative in the plan may be negative in an estimate too.
            min = null;
        }

        var text = new LocalizedText(
            $"{label.For("en")} with {solution}: what is your estimate{UnitHint(unit, "en")}?",
            $"{label.For("de")} mit {solution}: wie schätzen Sie den Wert ein{UnitHint(unit, "de")}?");
        return SurveyQuestion.Estimate(EstimateId(input.Name), text, input.Name, unit, min, max);
    }

    private static string UnitHint(string unit, string language) => (unit, language) switch
    {
        (ModelUnits.Percent, _) => " (%)",
        (ModelUnits.Currency, _) => string.Empty,
        (ModelUnits.Hours, "de") => " (Stunden)",
        (ModelUnits.Hours, _) => " (hours)",
        (ModelUnits.Months, "de") => " (Monate)",
        (ModelUnits.Months, _) => " (months)",
        _ => string.Empty,
    };
}
