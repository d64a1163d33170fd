using SamePage.Data.Entities;
using SamePage.Web.Pages.Portal.Surveys;

namespace SamePage.Web.Tests;

public sealed class ResponseStateTests
{
    private static SurveyWave Wave(SurveyWaveStatus status) => new() { Name = "Q3", QuestionsJson = "[]", Status = status };

    private static SurveyResponse Response(bool submitted) => new() { AnswersJson = "{}", Submitted = submitted };

    [Fact]
    public void A_closed_survey_is_never_not_started()
    {
        Assert.Equal("Not started", ResponseState.Key(Wave(SurveyWaveStatus.Open), null));
        Assert.Equal("Not answered", ResponseState.Key(Wave(SurveyWaveStatus.Closed), null));
        Assert.Equal("Draft saved", ResponseState.Key(Wave(SurveyWaveStatus.Open), Response(false)));
        Assert.Equal("Draft not submitted", ResponseState.Key(Wave(SurveyWaveStatus.Closed), Response(false)));
        Assert.Equal("Submitted", ResponseState.Key(Wave(SurveyWaveStatus.Closed), Response(true)));
    }
}
