using SamePage.Core.Perception;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Perception;

public sealed class SurveyGeneratorTests
{
    [Fact]
    public void Backup_model_gives_estimates_driver_scales_nps_relationship_and_a_comment_in_order()
    {
        var questions = SurveyGenerator.FromModel(DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp), "MSP");

        // 4 inputs have actual or askPartners; 5 benefit/cost drivers × 2; overall, nps, 3 relationship, comment.
        Assert.Equal(4 + 10 + 6, questions.Count);
        Assert.Equal(
            ["est.newCustomersPerMonth", "est.seatsPerCustomer", "est.recurringMargin", "est.monthlyChurn",
             "imp.recurringMarginIncome", "del.recurringMarginIncome", "imp.managedServices", "del.managedServices",
             "imp.onboarding", "del.onboarding", "imp.presales", "del.presales", "imp.serviceDelivery", "del.serviceDelivery",
             "overall", "nps", "rel.ease", "rel.communication", "rel.support", "comment"],
            questions.Select(q => q.Id));
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Estimates_speak_the_models_labels_in_both_languages_with_unit_aware_ranges()
    {
        var questions = SurveyGenerator.FromModel(DemoValueModels.Load(DemoValueModels.NordlichtBackupMsp)).ToDictionary(q => q.Id);

        var customers = questions["est.newCustomersPerMonth"];
        Assert.Equal(QuestionKind.Estimate, customers.Kind);
        Assert.Equal("newCustomersPerMonth", customers.InputName);
        Assert.Contains("New customers per month", customers.Text.En, StringComparison.Ordinal);
        Assert.Contains("Nordlicht Backup", customers.Text.En, StringComparison.Ordinal);
        Assert.Contains("Neukunden pro Monat", customers.Text.De, StringComparison.Ordinal);
        Assert.Equal(0, customers.Min);
        Assert.Equal(40, customers.Max); // 10 × high 4

        var margin = questions["est.recurringMargin"];
        Assert.Equal("percent", margin.Unit);
        Assert.Equal(0, margin.Min);
        Assert.Equal(1, margin.Max);

        Assert.Equal("How likely would you recommend selling this solution to a peer partner?", questions["nps"].Text.En);
        Assert.Equal(0, questions["nps"].ScaleMin);
        Assert.Equal(10, questions["nps"].ScaleMax);
        Assert.Equal(1, questions["imp.presales"].ScaleMin);
        Assert.Equal(5, questions["del.presales"].ScaleMax);
        Assert.Contains("Presales-Aufwand", questions["imp.presales"].Text.De, StringComparison.Ordinal);
        Assert.Equal(RelationshipAspect.CommunicationUsefulness, questions["rel.communication"].Aspect);
        Assert.Equal(QuestionKind.FreeText, questions["comment"].Kind);
    }

    [Fact]
    public void Every_demo_model_asks_for_at_least_one_estimate_and_questions_survive_json()
    {
        foreach (var model in DemoValueModels.LoadAll())
        {
            var questions = SurveyGenerator.FromModel(model);
            Assert.Contains(questions, q => q.Kind == QuestionKind.Estimate);
            var back = SurveyJson.ReadQuestions(SurveyJson.WriteQuestions(questions));
            Assert.Equal(questions, back);
        }
    }

    [Fact]
    public void Answers_round_trip_as_an_object_by_question_id()
    {
        var json = SurveyJson.WriteAnswers([new("nps", 9), new("comment", null, "Gut"), new("overall", null)]);

        Assert.Equal("{\"nps\":9,\"comment\":\"Gut\"}", json);
        Assert.Equal([new SurveyAnswer("nps", 9), new SurveyAnswer("comment", null, "Gut")], SurveyJson.ReadAnswers(json));
    }
}
