using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SamePage.Core.Perception;

/// <summary>
/// The stored forms of a wave's questions (a JSON array of <see cref="SurveyQuestion"/>, camelCase) and of a response's
/// answers (a JSON object question id → number, or text for free text; unanswered questions are left out).
/// </summary>
public static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string WriteQuestions(IEnumerable<SurveyQuestion> questions) => JsonSerializer.Serialize(questions.ToList(), Options);

    public static IReadOnlyList<SurveyQuestion> ReadQuestions(string json) =>
        JsonSerializer.Deserialize<List<SurveyQuestion>>(json, Options) ?? [];

    public static string WriteAnswers(IEnumerable<SurveyAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var root = new JsonObject();
        foreach (var answer in answers.Where(a => !a.IsEmpty))
        {
            root[answer.QuestionId] = answer.Number is { } number ? JsonValue.Create(number) : JsonValue.Create(answer.Text);
        }

        return root.ToJsonString();
    }

    public static IReadOnlyList<SurveyAnswer> ReadAnswers(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        var answers = new List<SurveyAnswer>();
        if (JsonNode.Parse(json) is not JsonObject root)
        {
            return answers;
        }

        foreach (var (id, node) in root)
        {
            if (node is not JsonValue value)
            {
                continue;
            }

            if (value.TryGetValue<double>(out var number))
            {
                answers.Add(new SurveyAnswer(id, number));
            }
            else if (value.TryGetValue<string>(out var text))
            {
                answers.Add(new SurveyAnswer(id, null, text));
            }
        }

        return answers;
    }

    /// <summary>The answers as a lookup by question id.</summary>
    public static IReadOnlyDictionary<string, SurveyAnswer> ByQuestion(IEnumerable<SurveyAnswer> answers) =>
        answers.GroupBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>A number as the form shows it (percent estimates as %), invariant culture.</summary>
    public static string Display(SurveyQuestion question, double value)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Unit == Values.ModelUnits.Percent
            ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture)
            : value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
