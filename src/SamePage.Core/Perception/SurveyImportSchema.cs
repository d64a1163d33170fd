using SamePage.Core.Actuals;

namespace SamePage.Core.Perception;

/// <summary>
/// The columns of a survey responses file for a wave: externalId, partnerId (the partner's externalId), then one
/// column per question id (optional; an empty cell is "not answered"). Cells are read with the import rules of the
/// actuals (number culture, .xlsx typed cells) and checked against their question.
/// </summary>
public static class SurveyImportSchema
{
    public static RowSchema<SurveyImportRow> For(IReadOnlyList<SurveyQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var columns = new List<ImportColumn>
        {
            new("externalId", true, ImportValueKind.Text),
            new("partnerId", true, ImportValueKind.Text),
        };
        columns.AddRange(questions.Select(q => new ImportColumn(q.Id, false, q.Kind == QuestionKind.FreeText ? ImportValueKind.Text : ImportValueKind.Number)));
        return new RowSchema<SurveyImportRow>("survey responses", columns, f => Parse(f, questions));
    }

    private static SurveyImportRow? Parse(FieldReader f, IReadOnlyList<SurveyQuestion> questions)
    {
        var externalId = f.RequiredText(0);
        var partnerId = f.RequiredText(1);
        if (partnerId is not null && f.References.PartnerExists is { } exists && !exists(partnerId))
        {
            f.AddIssue(1, partnerId, "unknown partner, or the partner is not in the wave's segments");
        }

        var answers = new List<SurveyAnswer>();
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var column = i + 2;
            var raw = f.Raw(column);
            (SurveyAnswer? Answer, string? Reason) parsed = raw is double number && question.Kind != QuestionKind.FreeText
                ? Check(question, new SurveyAnswer(question.Id, number))
                : SurveyAnswerParser.Parse(question, f.Text(column), f.Culture);
            if (parsed.Answer is null)
            {
                f.AddIssue(column, f.Text(column) ?? string.Empty, parsed.Reason ?? "not a valid answer");
            }
            else if (!parsed.Answer.IsEmpty)
            {
                answers.Add(parsed.Answer);
            }
        }

        return f.HasIssues ? null : new SurveyImportRow(externalId!, partnerId!, answers);
    }

    private static (SurveyAnswer?, string?) Check(SurveyQuestion question, SurveyAnswer answer)
    {
        var check = SurveyAnswerValidator.Validate(question, answer);
        return check.IsValid ? (answer, null) : (null, check.Reason);
    }
}
