using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Perception;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Web.Auth;
using SamePage.Web.Pages.Surveys;

namespace SamePage.Web.Pages.Portal.Surveys;

/// <summary>
/// A partner user's survey form: one question per block (fieldsets and radio groups for scales), save a draft or submit,
/// editable while the wave is open. Next to it, the peer aggregates once enough partners have answered.
/// </summary>
/// <remarks>Open to partner users too (the fallback policy admits vendor staff only).</remarks>
[Authorize(Policy = Roles.SignedInPolicy)]
public sealed class AnswerModel(SurveyService surveys, PerceptionResults results) : PageModel
{
    public SurveyWave Wave { get; private set; } = null!;
    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];
    public SurveyResponse? OwnResponse { get; private set; }
    public PerceptionView? Peers { get; private set; }
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    public string? Notice { get; private set; }
    public string? Error { get; private set; }
    public bool IsOpen => Wave.Status == SurveyWaveStatus.Open;
    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? "de" : "en";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.PartnerUser))
        {
            return LocalRedirect($"/surveys/{id}");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var answer in OwnResponse is null ? [] : SurveyJson.ReadAnswers(OwnResponse.AnswersJson))
        {
            if (Questions.FirstOrDefault(q => q.Id == answer.QuestionId) is { } question)
            {
                Values[question.Id] = QuestionField.Show(question, answer);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? action, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.PartnerUser))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var answers = new List<SurveyAnswer>();
        foreach (var question in Questions)
        {
            var posted = Request.Form[$"q-{question.Id}"].ToString();
            Values[question.Id] = posted;
            var (answer, error) = QuestionField.Read(question, posted);
            if (answer is null)
            {
                Errors[question.Id] = error!;
            }
            else
            {
                answers.Add(answer);
            }
        }

        var submit = action == "submit";
        if (Errors.Count == 0)
        {
            try
            {
                var (saved, errors) = await surveys.SaveResponseAsync(id, PortalUser.Id(User), answers, submit, cancellationToken);
                foreach (var (key, value) in errors)
                {
                    Errors[key] = value;
                }

                if (saved is not null)
                {
                    OwnResponse = saved;
                    Notice = submit ? "Thank you! Your answers are submitted. You can change them until the survey closes." : "Draft saved. Submit when you are done.";
                }
            }
            catch (SurveyRuleException e)
            {
                Error = e.Message;
            }
        }

        if (Errors.Count > 0)
        {
            Error = "Some answers need a look; nothing was saved.";
        }

        return Page();
    }

    public QuestionField Field(SurveyQuestion question) =>
        new(question, Language, Values.GetValueOrDefault(question.Id), Disabled: !IsOpen, Errors.GetValueOrDefault(question.Id));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var wave = (await surveys.WavesForPartnerAsync(openOnly: false, cancellationToken)).FirstOrDefault(w => w.Id == id);
        if (wave is null)
        {
            return false;
        }

        Wave = wave;
        Questions = SurveyJson.ReadQuestions(wave.QuestionsJson);
        OwnResponse = await surveys.OwnResponseAsync(id, PortalUser.Id(User), cancellationToken);
        Peers = await results.ForWaveAsync(id, cancellationToken);
        return true;
    }
}
