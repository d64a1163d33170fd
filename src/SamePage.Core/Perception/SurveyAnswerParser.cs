using SamePage.Core.Actuals;

namespace SamePage.Core.Perception;

/// <summary>
/// Turns a cell of a survey export (CSV or .xlsx) into an answer to its question with the import rules of the actuals:
/// numbers in the file's culture (1234.5 or 1.234,5), empty cells as "not answered", then the answer check.
/// </summary>
public static class SurveyAnswerParser
{
    public static (SurveyAnswer? Answer, string? Reason) Parse(SurveyQuestion question, string? cell, NumberCulture culture)
    {
        ArgumentNullException.ThrowIfNull(question);
        SurveyAnswer answer;
        if (string.IsNullOrWhiteSpace(cell))
        {
            answer = new SurveyAnswer(question.Id, null);
        }
        else if (question.Kind == QuestionKind.FreeText)
        {
            answer = new SurveyAnswer(question.Id, null, cell.Trim());
        }
        else if (ValueParser.TryParseDecimal(cell, culture, out var number, out var reason))
        {
            answer = new SurveyAnswer(question.Id, (double)number);
        }
        else
        {
            return (null, reason);
        }

        var check = SurveyAnswerValidator.Validate(question, answer);
        return check.IsValid ? (answer, null) : (null, check.Reason);
    }
}
