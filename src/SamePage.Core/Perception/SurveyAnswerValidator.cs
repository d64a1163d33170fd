using System.Globalization;

namespace SamePage.Core.Perception;

/// <summary>Checks an answer against its question: the kind of value, whole numbers on scales, and the range.</summary>
public static class SurveyAnswerValidator
{
    public static AnswerCheck Validate(SurveyQuestion question, SurveyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.QuestionId != question.Id)
        {
            return AnswerCheck.Invalid($"the answer is for question {answer.QuestionId}, not {question.Id}");
        }

        if (answer.IsEmpty)
        {
            return question.Required ? AnswerCheck.Invalid("an answer is required") : AnswerCheck.Valid;
        }

        if (question.Kind == QuestionKind.FreeText)
        {
            if (answer.Number is not null)
            {
                return AnswerCheck.Invalid("a comment is text, not a number");
            }

            return answer.Text!.Length > SurveyQuestion.MaxFreeTextLength
                ? AnswerCheck.Invalid($"a comment has at most {SurveyQuestion.MaxFreeTextLength} characters")
                : AnswerCheck.Valid;
        }

        if (answer.Number is not { } number)
        {
            return AnswerCheck.Invalid("the answer must be a number");
        }

        if (!double.IsFinite(number))
        {
            return AnswerCheck.Invalid("the answer must be a finite number");
        }

        if (question.IsWholeNumberScale && number != Math.Floor(number))
        {
            return AnswerCheck.Invalid($"the answer must be a whole number from {Format(question.ScaleMin)} to {Format(question.ScaleMax)}");
        }

        if (number < question.ScaleMin || number > question.ScaleMax)
        {
            return AnswerCheck.Invalid(
                question.ScaleMin is not null && question.ScaleMax is not null
                    ? $"the answer must be from {Format(question.ScaleMin)} to {Format(question.ScaleMax)}"
                    : number < question.ScaleMin ? $"the answer must be at least {Format(question.ScaleMin)}" : $"the answer must be at most {Format(question.ScaleMax)}");
        }

        return AnswerCheck.Valid;
    }

    private static string Format(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
