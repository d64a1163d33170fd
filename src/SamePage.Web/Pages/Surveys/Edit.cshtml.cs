using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SamePage.Core.Perception;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using Microsoft.EntityFrameworkCore;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Surveys;

/// <summary>
/// The survey builder: a draft's questions can be edited (texts in both languages), reordered, removed and added, with a
/// live preview in English and German; then the wave opens and later closes.
/// </summary>
public sealed class EditModel(SurveyService surveys, SamePage.Data.SamePageDbContext db) : PageModel
{
    public SurveyWave Wave { get; private set; } = null!;
    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.ChannelManager);
    public bool IsDraft => Wave.Status == SurveyWaveStatus.Draft;
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty] public List<string> En { get; set; } = [];
    [BindProperty] public List<string> De { get; set; } = [];
    [BindProperty] public List<string?> Min { get; set; } = [];
    [BindProperty] public List<string?> Max { get; set; } = [];
    [BindProperty] public string? NewKind { get; set; }
    [BindProperty] public string? NewId { get; set; }
    [BindProperty] public string? NewEn { get; set; }
    [BindProperty] public string? NewDe { get; set; }
    [BindProperty] public double? NewMin { get; set; }
    [BindProperty] public double? NewMax { get; set; }
    [BindProperty] public string? WaveName { get; set; }
    [BindProperty] public DateOnly? OpensOn { get; set; }
    [BindProperty] public DateOnly? ClosesOn { get; set; }
    [BindProperty] public List<string>? Segments { get; set; }

    /// <summary>Every managed segment of the solutions, offered as checkboxes.</summary>
    public IReadOnlyList<string> KnownSegments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        var questions = SurveyJson.ReadQuestions(Wave.QuestionsJson).ToList();
        for (var i = 0; i < questions.Count && i < En.Count && i < De.Count; i++)
        {
            questions[i] = questions[i] with { Text = new LocalizedText(Blank(En[i]), Blank(De[i])) };
            if (questions[i].Kind == QuestionKind.Estimate && i < Min.Count && i < Max.Count)
            {
                var factor = questions[i].Unit == ModelUnits.Percent ? 100 : 1;
                questions[i] = questions[i] with { Min = Bound(Min[i], factor, questions[i].Id), Max = Bound(Max[i], factor, questions[i].Id) };
            }
        }

        await surveys.SetQuestionsAsync(id, questions, cancellationToken);
        await surveys.UpdateWaveAsync(id, WaveName, OpensOn, ClosesOn, Segments is null ? null : SamePage.Web.Pages.Shared.SegmentPicker.Read(Segments), cancellationToken);
        return "Saved.";
    }, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(int id, string question, int offset, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        await surveys.MoveQuestionAsync(id, question, offset, cancellationToken);
        return null;
    }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int id, string question, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        await surveys.RemoveQuestionAsync(id, question, cancellationToken);
        return null;
    }, cancellationToken);

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        if (string.IsNullOrWhiteSpace(NewId) || (string.IsNullOrWhiteSpace(NewEn) && string.IsNullOrWhiteSpace(NewDe)))
        {
            throw new SurveyRuleException("A new question needs an id and a text.");
        }

        var text = new LocalizedText(Blank(NewEn), Blank(NewDe));
        var questionId = NewId.Trim();
        SurveyQuestion question = NewKind switch
        {
            "importance" => SurveyQuestion.Importance(questionId, text, questionId),
            "delivery" => SurveyQuestion.Delivery(questionId, text, questionId),
            "overallValue" => SurveyQuestion.OverallValue(questionId, text),
            "nps" => SurveyQuestion.Nps(questionId, text),
            "freeText" => SurveyQuestion.FreeText(questionId, text),
            "estimate" => NewMin > NewMax ? throw new SurveyRuleException("The range is empty.") : SurveyQuestion.Estimate(questionId, text, questionId, ModelUnits.Count, NewMin, NewMax),
            _ => SurveyQuestion.Relationship(questionId, text, RelationshipAspect.Support),
        };
        await surveys.AddQuestionAsync(id, question, cancellationToken);
        return "Question added.";
    }, cancellationToken);

    public Task<IActionResult> OnPostOpenAsync(int id, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        await surveys.OpenAsync(id, cancellationToken);
        return "The wave is open: partners in its segments can answer in the portal.";
    }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken) => EditAsync(id, async () =>
    {
        await surveys.CloseAsync(id, cancellationToken);
        return "The wave is closed.";
    }, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        try
        {
            await surveys.DeleteWaveAsync(id, cancellationToken);
            return LocalRedirect("/surveys");
        }
        catch (SurveyRuleException e)
        {
            Error = e.Message;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    public QuestionField Field(SurveyQuestion question, string language) => new(question, language, null, Disabled: false, Error: null, IdPrefix: "preview-" + language);

    public static string Range(SurveyQuestion question) =>
        question.Kind == QuestionKind.Estimate
            ? $"{question.Unit} {ShowBound(question, question.Min)}–{ShowBound(question, question.Max)}{(question.Unit == ModelUnits.Percent ? " %" : "")}"
            : question.IsWholeNumberScale ? $"{question.ScaleMin}–{question.ScaleMax}" : "";

    /// <summary>A range bound as the builder shows it (percent as %), or null when empty.</summary>
    public static string? ShowBound(SurveyQuestion question, double? value) =>
        value is { } v ? (v * (question.Unit == ModelUnits.Percent ? 100 : 1)).ToString("0.####", CultureInfo.InvariantCulture) : null;

    private static double? Bound(string? text, int factor, string id)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value / factor
            : throw new SurveyRuleException($"The range of question '{id}' must be numbers.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<IActionResult> EditAsync(int id, Func<Task<string?>> action, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            Notice = await action();
        }
        catch (SurveyRuleException e)
        {
            Error = e.Message;
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var wave = await surveys.FindWaveAsync(id, cancellationToken);
        if (wave is null)
        {
            return false;
        }

        Wave = wave;
        KnownSegments = await db.SolutionSegments.AsNoTracking().Select(s => s.Name).Distinct().ToListAsync(cancellationToken);
        Questions = SurveyJson.ReadQuestions(wave.QuestionsJson);
        return true;
    }
}
