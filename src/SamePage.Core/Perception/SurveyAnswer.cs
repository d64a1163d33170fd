using System.Text.Json.Serialization;

namespace SamePage.Core.Perception;

/// <summary>One answer of a respondent: a number for every kind but free text, text for free text; both null is "not answered".</summary>
public sealed record SurveyAnswer(string QuestionId, double? Number, string? Text = null)
{
    [JsonIgnore]
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}
