namespace SamePage.Core.Perception;

/// <summary>One respondent's submitted answers: the response id, the partner (externalId) and its segment.</summary>
public sealed record SurveyRespondent(string Id, string PartnerId, string Segment, IReadOnlyList<SurveyAnswer> Answers)
{
    /// <summary>The respondent's estimates of value-model inputs, by input name.</summary>
    public IReadOnlyDictionary<string, double> Estimates(IEnumerable<SurveyQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var byId = SurveyJson.ByQuestion(Answers);
        var estimates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var question in questions.Where(q => q.Kind == QuestionKind.Estimate && q.InputName is not null))
        {
            if (byId.TryGetValue(question.Id, out var answer) && answer.Number is { } value)
            {
                estimates[question.InputName!] = value;
            }
        }

        return estimates;
    }
}
