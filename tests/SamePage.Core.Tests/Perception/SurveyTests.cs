using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Perception;

public sealed class SurveyTests
{
    private static readonly LocalizedText Text = new("How many new customers per month do you win?", "Wie viele Neukunden gewinnen Sie pro Monat?");

    [Theory]
    [InlineData(QuestionKind.Importance, 1, true)]
    [InlineData(QuestionKind.Importance, 5, true)]
    [InlineData(QuestionKind.Importance, 0, false)]
    [InlineData(QuestionKind.Importance, 3.5, false)]
    [InlineData(QuestionKind.Delivery, 6, false)]
    [InlineData(QuestionKind.OverallValue, 0, true)]
    [InlineData(QuestionKind.OverallValue, 10, true)]
    [InlineData(QuestionKind.Nps, 11, false)]
    [InlineData(QuestionKind.Nps, -1, false)]
    [InlineData(QuestionKind.Relationship, 4, true)]
    public void Checks_scale_answers(QuestionKind kind, double answer, bool valid)
    {
        var question = new SurveyQuestion { Id = "q", Kind = kind, Text = Text };

        Assert.Equal(valid, SurveyAnswerValidator.Validate(question, new SurveyAnswer("q", answer)).IsValid);
    }

    [Fact]
    public void Checks_estimates_against_their_range()
    {
        var question = SurveyQuestion.Estimate("e1", Text, "newCustomersPerMonth", "customers/month", 0, 50);

        Assert.True(SurveyAnswerValidator.Validate(question, new SurveyAnswer("e1", 2.5)).IsValid);
        var tooHigh = SurveyAnswerValidator.Validate(question, new SurveyAnswer("e1", 80));
        Assert.False(tooHigh.IsValid);
        Assert.Equal("the answer must be from 0 to 50", tooHigh.Reason);
        Assert.False(SurveyAnswerValidator.Validate(question, new SurveyAnswer("e1", double.NaN)).IsValid);
        Assert.False(SurveyAnswerValidator.Validate(question, new SurveyAnswer("e1", null, "many")).IsValid);
    }

    [Fact]
    public void Checks_kind_question_and_required_answers()
    {
        var comment = SurveyQuestion.FreeText("c", Text);
        var nps = SurveyQuestion.Nps("n", Text) with { Required = true };

        Assert.True(SurveyAnswerValidator.Validate(comment, new SurveyAnswer("c", null, "Great partner program")).IsValid);
        Assert.False(SurveyAnswerValidator.Validate(comment, new SurveyAnswer("c", 3)).IsValid);
        Assert.False(SurveyAnswerValidator.Validate(comment, new SurveyAnswer("c", null, new string('x', 4001))).IsValid);
        Assert.False(SurveyAnswerValidator.Validate(nps, new SurveyAnswer("n", null)).IsValid);
        Assert.True(SurveyAnswerValidator.Validate(comment, new SurveyAnswer("c", null)).IsValid);
        Assert.False(SurveyAnswerValidator.Validate(nps, new SurveyAnswer("other", 9)).IsValid);
    }

    [Fact]
    public void Questions_carry_both_languages_and_their_links()
    {
        var question = SurveyQuestion.Relationship("r1", new LocalizedText("Support", "Support"), RelationshipAspect.Support);
        var delivery = SurveyQuestion.Delivery("d1", Text, "servicesRevenue");

        Assert.Equal(RelationshipAspect.Support, question.Aspect);
        Assert.Equal((1.0, 5.0), (question.ScaleMin!.Value, question.ScaleMax!.Value));
        Assert.Equal("servicesRevenue", delivery.DriverName);
        Assert.Equal(Text.De, Text.For("de"));
        Assert.Equal(Text.En, Text.For("en"));
        Assert.Throws<ArgumentException>(() => SurveyQuestion.Estimate("e", Text, "x", "u", 5, 1));
    }

    [Theory]
    [InlineData(4, false, false)]
    [InlineData(5, false, true)]
    [InlineData(1, true, true)]
    public void Shows_aggregates_only_over_enough_respondents_unless_admin(int respondents, bool admin, bool shown)
    {
        Assert.Equal(shown, AnonymityRule.Default.MayShow(respondents, admin));
        Assert.False(new AnonymityRule(10).MayShow(9, isAdmin: false));
    }

    [Fact]
    public void Parses_exported_answers_with_the_import_number_rules()
    {
        var estimate = SurveyQuestion.Estimate("e1", Text, "avgProductRevenue", "EUR", 0, 100_000);
        var nps = SurveyQuestion.Nps("n", Text);

        Assert.Equal(1234.5, SurveyAnswerParser.Parse(estimate, "1.234,5", NumberCulture.German).Answer!.Number);
        Assert.Equal(9.0, SurveyAnswerParser.Parse(nps, " 9 ", NumberCulture.Invariant).Answer!.Number);
        Assert.Null(SurveyAnswerParser.Parse(nps, "", NumberCulture.Invariant).Answer!.Number);
        Assert.Contains("0 to 10", SurveyAnswerParser.Parse(nps, "12", NumberCulture.Invariant).Reason, StringComparison.Ordinal);
        Assert.Contains("decimal comma", SurveyAnswerParser.Parse(estimate, "2,5", NumberCulture.Invariant).Reason, StringComparison.Ordinal);
        Assert.Equal("ok", SurveyAnswerParser.Parse(SurveyQuestion.FreeText("c", Text), " ok ", NumberCulture.Invariant).Answer!.Text);
    }
}
