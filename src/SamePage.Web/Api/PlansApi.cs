using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SamePage.Core.Planning;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record PlanRequestDto(string? Solution, string? Segment, double? Budget, int[]? Candidates);

/// <summary>The effect of measures on the partner business value of a segment, against its targets.</summary>
public sealed record MeasureImpactResponse(string Solution, string Segment, double? Target, double? PerceivedTarget, MeasureImpactResult Impact);

/// <summary>The cheapest plan that reaches the target, and its waterfall by participant.</summary>
public sealed record PlanResponse(PlanSummary Plan, ContributionWaterfallResult Waterfall);

/// <summary>Measure impact and the target planner (vendor staff only).</summary>
public static class PlansApi
{
    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        var vendor = api.MapGroup("").RequireAuthorization(Roles.VendorPolicy).WithTags("Measures");
        vendor.MapGet("/measures/impact", ImpactAsync);
        vendor.MapPost("/plans", PlanAsync);
    }

    private static async Task<Results<Ok<MeasureImpactResponse>, ValidationProblem>> ImpactAsync(
        string? solution, string? segment, [FromQuery(Name = "measure")] int[]? measure, PlanningService planning, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(solution) || string.IsNullOrWhiteSpace(segment))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["solution"] = ["solution and segment are required."] });
        }
        var (context, impact) = await planning.ImpactAsync(solution, segment, measure is { Length: > 0 } ? measure : null, 2_000, ct);
        return TypedResults.Ok(new MeasureImpactResponse(context.Solution, context.Segment, context.FactualTarget, context.PerceivedTarget, impact));
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem>> PlanAsync(PlanRequestDto request, PlanningService planning, CancellationToken ct)
    {
        var validation = new ApiValidation()
            .Require(!string.IsNullOrWhiteSpace(request.Solution), "solution", "Required.")
            .Require(!string.IsNullOrWhiteSpace(request.Segment), "segment", "Required.")
            .Require(request.Budget is null or >= 0, "budget", "Cannot be negative.");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var outcome = await planning.PlanAsync(new PlanQuery(request.Solution!, request.Segment!) { Budget = request.Budget, CandidateIds = request.Candidates }, ct);
        return TypedResults.Ok(new PlanResponse(PlanSummary.From(outcome), outcome.Waterfall));
    }
}
