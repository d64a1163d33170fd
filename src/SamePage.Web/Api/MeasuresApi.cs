using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>A measure to create or change; effects as a JSON array of {input, mode, low, likely, high, target}.</summary>
public sealed record MeasureRequest(
    string? Name, string? Description, string? Instrument, string? Owner, string? Solution, string[]? Segments,
    decimal? CostOneOff, decimal? CostPerMonth, DateOnly? StartDate, DateOnly? EndDate, MeasureStatus? Status,
    JsonElement? Effects, int[]? DependsOn, int[]? Excludes)
{
    public MeasureInput ToInput() => new()
    {
        Name = Name, Description = Description, Instrument = Instrument, Owner = Owner, Solution = Solution, Segments = Segments,
        CostOneOff = CostOneOff, CostPerMonth = CostPerMonth, StartDate = StartDate, EndDate = EndDate, Status = Status,
        EffectsJson = Effects is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } e ? e.GetRawText() : null,
        DependsOn = DependsOn, Excludes = Excludes,
    };
}

public sealed record StatusRequest(MeasureStatus? Status);

public sealed record PlanRequestDto(string? Solution, string? Segment, double? Budget, int[]? Candidates);

/// <summary>Measures, participants, impact, plans and contribution: vendor data, so partner users get 403 on all of it.</summary>
public static class MeasuresApi
{
    public static void MapMeasuresApi(this RouteGroupBuilder api)
    {
        var vendor = api.MapGroup("").RequireAuthorization(Roles.VendorPolicy).WithTags("Measures");
        vendor.MapGet("/measures", async (string? solution, string? status, MeasureService measures, CancellationToken ct) =>
        {
            try
            {
                var items = await measures.ListAsync(solution, ct);
                if (!string.IsNullOrWhiteSpace(status))
                {
                    if (!Enum.TryParse<MeasureStatus>(status, true, out var wanted))
                    {
                        return Results.Problem("status is one of idea, planned, running, done, dropped.", statusCode: StatusCodes.Status400BadRequest);
                    }
                    items = [.. items.Where(m => m.Status == wanted)];
                }
                return Results.Ok(new ListResult<MeasureView>(items, items.Count));
            }
            catch (ArgumentException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        vendor.MapGet("/measures/{id:int}", async (int id, MeasureService measures, CancellationToken ct) =>
            await measures.GetAsync(id, ct) is { } m ? Results.Ok(m) : Results.Problem($"No measure {id}.", statusCode: StatusCodes.Status404NotFound));
        vendor.MapPost("/measures", async (MeasureRequest request, MeasureService measures, CancellationToken ct) =>
            await Validated(async () =>
            {
                var created = await measures.CreateAsync(request.ToInput(), ct);
                return Results.Created($"/api/v1/measures/{created.Id}", created);
            })).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapPut("/measures/{id:int}", async (int id, MeasureRequest request, MeasureService measures, CancellationToken ct) =>
            await Validated(async () => await measures.UpdateAsync(id, request.ToInput(), ct) is { } m
                ? Results.Ok(m)
                : Results.Problem($"No measure {id}.", statusCode: StatusCodes.Status404NotFound))).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapPut("/measures/{id:int}/status", async (int id, StatusRequest request, MeasureService measures, CancellationToken ct) =>
        {
            if (request.Status is not { } status)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Required: idea, planned, running, done or dropped."] });
            }
            return await measures.SetStatusAsync(id, status, ct) is { } m ? Results.Ok(m) : Results.Problem($"No measure {id}.", statusCode: StatusCodes.Status404NotFound);
        }).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapDelete("/measures/{id:int}", async (int id, MeasureService measures, CancellationToken ct) =>
            await measures.DeleteAsync(id, ct) ? Results.NoContent() : Results.Problem($"No measure {id}.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Roles.EditorPolicy);

        vendor.MapGet("/measures/impact", async (string? solution, string? segment, [FromQuery(Name = "measure")] int[]? measure, PlanningService planning, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(solution) || string.IsNullOrWhiteSpace(segment))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["solution"] = ["solution and segment are required."] });
            }
            return await Guarded(async () =>
            {
                var (context, impact) = await planning.ImpactAsync(solution, segment, measure is { Length: > 0 } ? measure : null, 2_000, ct);
                return Results.Ok(new { context.Solution, context.Segment, target = context.FactualTarget, perceivedTarget = context.PerceivedTarget, impact });
            });
        });

        vendor.MapPost("/plans", async (PlanRequestDto request, PlanningService planning, CancellationToken ct) =>
        {
            var validation = new ApiValidation()
                .Require(!string.IsNullOrWhiteSpace(request.Solution), "solution", "Required.")
                .Require(!string.IsNullOrWhiteSpace(request.Segment), "segment", "Required.")
                .Require(request.Budget is null or >= 0, "budget", "Cannot be negative.");
            if (!validation.IsValid)
            {
                return Results.ValidationProblem(validation.Errors);
            }
            return await Guarded(async () =>
            {
                var outcome = await planning.PlanAsync(new PlanQuery(request.Solution!, request.Segment!) { Budget = request.Budget, CandidateIds = request.Candidates }, ct);
                return Results.Ok(new { plan = PlanSummary.From(outcome), waterfall = outcome.Waterfall });
            });
        });

        vendor.MapGet("/targets/{id:int}/trajectory", async (int id, TargetTrajectoryService trajectories, CancellationToken ct) =>
            await trajectories.BuildAsync(id, 12, ct) is { } t ? Results.Ok(t) : Results.Problem($"No target {id}.", statusCode: StatusCodes.Status404NotFound))
            .WithTags("Targets");

        vendor.MapGet("/participants", async (ParticipantService participants, CancellationToken ct) =>
        {
            var items = await participants.ListAsync(ct);
            return Results.Ok(new ListResult<ParticipantView>(items, items.Count));
        }).WithTags("Participants");
        vendor.MapGet("/participants/{id:int}", async (int id, ParticipantService participants, CancellationToken ct) =>
            await participants.GetAsync(id, ct) is { } p ? Results.Ok(p) : Results.Problem($"No participant {id}.", statusCode: StatusCodes.Status404NotFound))
            .WithTags("Participants");
        vendor.MapPost("/participants", async (ParticipantInput body, ParticipantService participants, CancellationToken ct) =>
            await ValidParticipant(async () => { var p = await participants.CreateAsync(body, ct); return Results.Created($"/api/v1/participants/{p.Id}", p); }))
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Participants");
        vendor.MapPut("/participants/{id:int}", async (int id, ParticipantInput body, ParticipantService participants, CancellationToken ct) =>
            await ValidParticipant(async () => await participants.UpdateAsync(id, body, ct) is { } p ? Results.Ok(p) : Results.Problem($"No participant {id}.", statusCode: StatusCodes.Status404NotFound)))
            .RequireAuthorization(Roles.EditorPolicy).WithTags("Participants");

        vendor.MapGet("/contribution", async (ClaimsPrincipal user, ContributionService contribution, CancellationToken ct) =>
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            return userId is null ? Results.Problem("No user.", statusCode: StatusCodes.Status403Forbidden) : Results.Ok(await contribution.ForUserAsync(userId, 500, ct));
        }).WithTags("Contribution");
        vendor.MapGet("/contribution/team", async (ContributionService contribution, CancellationToken ct) => Results.Ok(await contribution.VendorAsync(ct)))
            .WithTags("Contribution");
    }

    private static async Task<IResult> Validated(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (MeasureValidationException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value));
        }
    }

    private static async Task<IResult> ValidParticipant(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ParticipantValidationException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value));
        }
    }

    private static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
