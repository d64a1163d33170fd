using SamePage.Data.Entities;

namespace SamePage.Web.Pages.Portal.Surveys;

/// <summary>The partner's own state of a survey, as one label key: a closed survey is never "not started".</summary>
public static class ResponseState
{
    public static string Key(SurveyWave wave, SurveyResponse? response)
    {
        ArgumentNullException.ThrowIfNull(wave);
        var closed = wave.Status == SurveyWaveStatus.Closed;
        return response switch
        {
            { Submitted: true } => "Submitted",
            null => closed ? "Not answered" : "Not started",
            _ => closed ? "Draft not submitted" : "Draft saved",
        };
    }
}
