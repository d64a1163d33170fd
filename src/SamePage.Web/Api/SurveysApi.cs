using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Perception;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record SurveyWaveDto(int Id, string Name, int SolutionId, string Solution, IReadOnlyList<string> Segments, SurveyWaveStatus Status, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<SurveyQuestion> Questions)
{
    public static SurveyWaveDto From(SurveyWave w) =>
        new(w.Id, w.Name, w.SolutionId, w.Solution?.Name ?? "", w.Segments, w.Status, w.OpensOn, w.ClosesOn, SurveyJson.ReadQuestions(w.QuestionsJson));
}

public sealed record SurveyWaveInput(string? Solution, string? Segment, string? Name, DateOnly? OpensOn, DateOnly? ClosesOn, List<string>? Segments);

/// <summary>A partner user's answers: question id → number (text for the comment); submit ends the draft.</summary>
public sealed record SurveyResponseInput(Dictionary<string, JsonElement>? Answers, bool Submit);

public sealed record SurveyResponseDto(int WaveId, bool Submitted, DateTimeOffset UpdatedAt, IReadOnlyDictionary<string, object?> Answers);

public static class SurveysApi
{
    public static void MapSurveysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys").WithTags("Surveys");
        group.MapGet("/", ListAsync).OpenToPartners();
        group.MapGet("/{id:int}", GetAsync).OpenToPartners();
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}/questions", SetQuestionsAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPost("/{id:int}/open", (int id, SurveyService s, CancellationToken ct) => WaveAsync(() => s.OpenAsync(id, ct))).RequireAuthorization(Roles.EditorPolicy);
        group.MapPost("/{id:int}/close", (int id, SurveyService s, CancellationToken ct) => WaveAsync(() => s.CloseAsync(id, ct))).RequireAuthorization(Roles.EditorPolicy);
        group.MapGet("/{id:int}/responses", GetResponsesAsync).OpenToPartners();
        group.MapPut("/{id:int}/responses", PutResponseAsync).OpenToPartners();
        group.MapGet("/{id:int}/results", ResultsAsync).OpenToPartners();
        api.MapGet("/perception", PerceptionAsync).WithTags("Surveys").OpenToPartners();
    }

    private static bool IsPartner(ClaimsPrincipal user) => user.IsInRole(Roles.PartnerUser);

    private static async Task<Ok<ListResult<SurveyWaveDto>>> ListAsync(ClaimsPrincipal user, SurveyService surveys, CancellationToken cancellationToken)
    {
        var waves = IsPartner(user) ? await surveys.WavesForPartnerAsync(openOnly: false, cancellationToken) : await surveys.ListWavesAsync(cancellationToken);
        return TypedResults.Ok(new ListResult<SurveyWaveDto>([.. waves.Select(SurveyWaveDto.From)], waves.Count));
    }

    /// <summary>The wave if the caller may see it: vendor roles every wave, partner users non-draft waves that ask their segment.</summary>
    private static async Task<SurveyWave?> VisibleAsync(int id, ClaimsPrincipal user, SurveyService surveys, CancellationToken cancellationToken)
    {
        if (!IsPartner(user))
        {
            return await surveys.FindWaveAsync(id, cancellationToken);
        }

        return (await surveys.WavesForPartnerAsync(openOnly: false, cancellationToken)).FirstOrDefault(w => w.Id == id);
    }

    private static async Task<Results<Ok<SurveyWaveDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, SurveyService surveys, CancellationToken cancellationToken) =>
        await VisibleAsync(id, user, surveys, cancellationToken) is { } wave ? TypedResults.Ok(SurveyWaveDto.From(wave)) : TypedResults.NotFound();

    private static async Task<Results<Created<SurveyWaveDto>, ValidationProblem>> CreateAsync(SurveyWaveInput input, SurveyService surveys, CancellationToken cancellationToken)
    {
        var validation = new ApiValidation()
            .Require(!string.IsNullOrWhiteSpace(input.Solution), "solution", "Required (name or id).")
            .Require(!string.IsNullOrWhiteSpace(input.Name), "name", "Required.")
            .Require(input.OpensOn is not null, "opensOn", "Required (YYYY-MM-DD).")
            .Require(input.ClosesOn is not null, "closesOn", "Required (YYYY-MM-DD).");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }

        var wave = await surveys.CreateWaveAsync(input.Solution!, input.Segment, input.Name!, input.OpensOn!.Value, input.ClosesOn!.Value, cancellationToken);
        wave = await surveys.FindWaveAsync(wave.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{wave!.Id}", SurveyWaveDto.From(wave));
    }

    private static Task<Results<Ok<SurveyWaveDto>, ValidationProblem>> UpdateAsync(int id, SurveyWaveInput input, SurveyService surveys, CancellationToken cancellationToken) =>
        WaveAsync(() => surveys.UpdateWaveAsync(id, input.Name, input.OpensOn, input.ClosesOn, input.Segments, cancellationToken));

    private static Task<Results<Ok<SurveyWaveDto>, ValidationProblem>> SetQuestionsAsync(int id, List<SurveyQuestion> questions, SurveyService surveys, CancellationToken cancellationToken) =>
        WaveAsync(() => surveys.SetQuestionsAsync(id, questions, cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem>> DeleteAsync(int id, SurveyService surveys, CancellationToken cancellationToken)
    {
        await surveys.DeleteWaveAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Partner users: their own response (404 when there is none). Vendor roles: the wave's aggregates.</summary>
    private static async Task<Results<Ok<PerceptionReport>, Ok<SurveyResponseDto>, NotFound>> GetResponsesAsync(int id, ClaimsPrincipal user, SurveyService surveys, PerceptionResults results, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(id, user, surveys, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        if (!IsPartner(user))
        {
            var view = await results.ForWaveAsync(id, cancellationToken);
            return view is null ? TypedResults.NotFound() : TypedResults.Ok(view.Report);
        }

        var own = await surveys.OwnResponseAsync(id, UserId(user), cancellationToken);
        return own is null ? TypedResults.NotFound() : TypedResults.Ok(Dto(own));
    }

    private static async Task<Results<Ok<SurveyResponseDto>, ValidationProblem, ForbidHttpResult, NotFound>> PutResponseAsync(int id, SurveyResponseInput input, ClaimsPrincipal user, SurveyService surveys, CancellationToken cancellationToken)
    {
        if (!IsPartner(user))
        {
            return TypedResults.Forbid();
        }

        if (await VisibleAsync(id, user, surveys, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var answers = new List<SurveyAnswer>();
        foreach (var (questionId, value) in input.Answers ?? [])
        {
            answers.Add(value.ValueKind switch
            {
                JsonValueKind.Number => new SurveyAnswer(questionId, value.GetDouble()),
                JsonValueKind.String => new SurveyAnswer(questionId, null, value.GetString()),
                _ => new SurveyAnswer(questionId, null),
            });
        }

        var (response, errors) = await surveys.SaveResponseAsync(id, UserId(user), answers, input.Submit, cancellationToken);
        return response is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }))
            : TypedResults.Ok(Dto(response));
    }

    private static async Task<Results<Ok<PerceptionView>, NotFound>> ResultsAsync(int id, ClaimsPrincipal user, SurveyService surveys, PerceptionResults results, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(id, user, surveys, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var view = await results.ForWaveAsync(id, cancellationToken);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<PerceptionReport>, ValidationProblem, NotFound>> PerceptionAsync(string? solution, string? segment, int[]? wave, ClaimsPrincipal user, SurveyService surveys, PerceptionResults results, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(solution))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["solution"] = ["Required (name or id)."] });
        }

        if (IsPartner(user) && wave is { Length: > 0 })
        {
            var visible = (await surveys.WavesForPartnerAsync(openOnly: false, cancellationToken)).Select(w => w.Id).ToHashSet();
            if (!wave.All(visible.Contains))
            {
                return TypedResults.NotFound();
            }
        }

        var view = await results.ComputeAsync(solution, segment, wave, cancellationToken);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view.Report);
    }

    private static SurveyResponseDto Dto(SurveyResponse response) =>
        new(response.WaveId, response.Submitted, response.UpdatedAt,
            SurveyJson.ReadAnswers(response.AnswersJson).ToDictionary(a => a.QuestionId, a => (object?)a.Number ?? a.Text));

    private static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim.");

    /// <summary>A wave after a change; a survey rule it breaks reaches the API's exception handler as a field error on "wave".</summary>
    private static async Task<Results<Ok<SurveyWaveDto>, ValidationProblem>> WaveAsync(Func<Task<SurveyWave>> action)
    {
        var wave = await action();
        return TypedResults.Ok(SurveyWaveDto.From(wave));
    }
}
