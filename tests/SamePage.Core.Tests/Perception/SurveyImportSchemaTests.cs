using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Core.Tests.Actuals;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Perception;

public sealed class SurveyImportSchemaTests
{
    private static readonly IReadOnlyList<SurveyQuestion> s_questions =
    [
        SurveyQuestion.Estimate("est.margin", new LocalizedText("Margin", null), "margin", ModelUnits.Percent, 0, 1),
        SurveyQuestion.Nps("nps", new LocalizedText("NPS", null)),
        SurveyQuestion.FreeText("comment", new LocalizedText("Comment", null)),
    ];

    [Fact]
    public void Valid_rows_carry_their_answers_and_blank_cells_are_not_answered()
    {
        var schema = SurveyImportSchema.For(s_questions);
        var rows = CsvText.Rows("externalId,partnerId,est.margin,nps,comment\nR1,P00001,0.25,9,\"Good, thanks\"\nR2,P00002,,7,\n", schema);

        Assert.All(rows, r => Assert.True(r.IsValid));
        Assert.Equal([new SurveyAnswer("est.margin", 0.25), new SurveyAnswer("nps", 9), new SurveyAnswer("comment", null, "Good, thanks")], rows[0].Row!.Answers);
        Assert.Equal([new SurveyAnswer("nps", 7)], rows[1].Row!.Answers);
    }

    [Fact]
    public void Every_problem_is_reported_with_line_column_value_and_reason()
    {
        var schema = SurveyImportSchema.For(s_questions);
        var options = new ImportOptions { References = new ImportReferences(PartnerExists: id => id == "P00001") };
        using var session = CsvText.Session("externalId;partnerId;est.margin;nps\nR1;P00001;1,5;11\nR1;PX;0,2;8\n", schema, options);
        var report = session.Validate();

        Assert.Equal(NumberCulture.German, session.Culture);
        Assert.Equal(2, report.InvalidRows);
        Assert.Contains(report.Issues, i => i.Line == 2 && i.Column == "est.margin" && i.Value == "1,5" && i.Reason.Contains("from 0 to 1", StringComparison.Ordinal));
        Assert.Contains(report.Issues, i => i.Line == 2 && i.Column == "nps" && i.Value == "11");
        Assert.Contains(report.Issues, i => i.Line == 3 && i.Column == "partnerId" && i.Value == "PX");
        Assert.Contains(report.Issues, i => i.Line == 3 && i.Column == "externalId" && i.Reason.Contains("duplicate", StringComparison.Ordinal));
    }
}

public sealed class DocumentedSurveyExampleTests
{
    [Fact]
    public void The_csv_example_of_docs_perception_is_valid_for_the_generated_backup_survey()
    {
        var questions = SurveyGenerator.FromModel(DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp));
        var rows = CsvText.Rows(
            "externalId;partnerId;est.newCustomersPerMonth;est.recurringMargin;nps;rel.support;comment\n"
            + "LS-1001;P00001;2,5;0,22;9;4;\"Gute Schulungen; mehr Leads bitte\"\n"
            + "LS-1002;P00007;1;0,18;6;3;\n",
            SurveyImportSchema.For(questions));

        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.Equal(
            [new SurveyAnswer("est.newCustomersPerMonth", 2.5), new SurveyAnswer("est.recurringMargin", 0.22), new SurveyAnswer("nps", 9), new SurveyAnswer("rel.support", 4), new SurveyAnswer("comment", null, "Gute Schulungen; mehr Leads bitte")],
            rows[0].Row!.Answers);
    }
}
