using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Planning;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record TargetDto(int Id, int SolutionId, string Solution, string Segment, DateOnly DueDate, decimal? FactualNpv, decimal? PerceivedNpv, decimal? PerceivedOverall, bool SharedWithPartners);

/// <summary>A target; sharedWithPartners lets partners see it (and the chance to reach it) in the portal, their reports and the API.</summary>
public sealed record TargetInput(int? SolutionId, string? Segment, DateOnly? DueDate, decimal? FactualNpv, decimal? PerceivedNpv, decimal? PerceivedOverall, bool? SharedWithPartners = null);

public static class TargetsApi
{
    public static void MapTargetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/targets").WithTags("Targets");
        group.MapGet("/", async (SamePageDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // Partners see only the targets the vendor shared with them.
            var items = await Query(db, sharedOnly: user.IsInRole(Roles.PartnerUser)).ToListAsync(ct);
            return TypedResults.Ok(new ListResult<TargetDto>(items, items.Count));
        }).OpenToPartners();
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapGet("/{id:int}/trajectory", TrajectoryAsync).RequireAuthorization(Roles.VendorPolicy);
    }

    private static async Task<Results<Ok<TargetTrajectoryResult>, ProblemHttpResult>> TrajectoryAsync(int id, TargetTrajectoryService trajectories, CancellationToken ct) =>
        await trajectories.BuildAsync(id, 12, ct) is { } t ? TypedResults.Ok(t) : TypedResults.Problem($"No target {id}.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Targets as the API shows them; filter by id before the projection, which EF cannot look into.</summary>
    private static IQueryable<TargetDto> Query(SamePageDbContext db, int? id = null, bool sharedOnly = false) =>
        db.Targets.AsNoTracking().Where(t => (id == null || t.Id == id) && (!sharedOnly || t.SharedWithPartners))
            .OrderBy(t => t.Solution!.Name).ThenBy(t => t.Segment).ThenBy(t => t.DueDate)
            .Select(t => new TargetDto(t.Id, t.SolutionId, t.Solution!.Name, t.Segment, t.DueDate, t.FactualNpv, t.PerceivedNpv, t.PerceivedOverall, t.SharedWithPartners));

    private static async Task<Results<Created<TargetDto>, ValidationProblem>> CreateAsync(TargetInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var validation = await ValidateAsync(input, db, requireAll: true, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var segment = string.IsNullOrWhiteSpace(input.Segment) ? "" : await db.FindSegmentAsync(input.SolutionId!.Value, input.Segment, cancellationToken) ?? "";
        var target = new Target { SolutionId = input.SolutionId!.Value, Segment = segment, DueDate = input.DueDate!.Value, CreatedAt = DateTimeOffset.UtcNow };
        Apply(target, input);
        db.Targets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/targets/{target.Id}", await Query(db, target.Id).FirstAsync(cancellationToken));
    }

    private static async Task<Results<Ok<TargetDto>, NotFound, ValidationProblem>> UpdateAsync(int id, TargetInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var validation = await ValidateAsync(input, db, requireAll: false, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        target.DueDate = input.DueDate ?? target.DueDate;
        Apply(target, input);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await Query(db, id).FirstAsync(cancellationToken));
    }

    private static void Apply(Target target, TargetInput input)
    {
        target.FactualNpv = input.FactualNpv ?? target.FactualNpv;
        target.PerceivedNpv = input.PerceivedNpv ?? target.PerceivedNpv;
        target.PerceivedOverall = input.PerceivedOverall ?? target.PerceivedOverall;
        target.SharedWithPartners = input.SharedWithPartners ?? target.SharedWithPartners;
    }

    private static async Task<ApiValidation> ValidateAsync(TargetInput input, SamePageDbContext db, bool requireAll, CancellationToken cancellationToken) => new ApiValidation()
        .Require(!requireAll || input.SolutionId is not null, "solutionId", "Required.")
        .Require(input.SolutionId is null || await db.Solutions.AnyAsync(s => s.Id == input.SolutionId, cancellationToken), "solutionId", "No such solution.")
        .Require(string.IsNullOrWhiteSpace(input.Segment) || input.SolutionId is null || await db.FindSegmentAsync(input.SolutionId.Value, input.Segment, cancellationToken) is not null,
            "segment", "Not a segment of the solution: add it on the solution first (POST /api/v1/solutions/{id}/segments), or leave it empty for all segments.")
        .Require(!requireAll || input.DueDate is not null, "dueDate", "Required (YYYY-MM-DD).")
        .Require(!requireAll || input.FactualNpv is not null || input.PerceivedNpv is not null || input.PerceivedOverall is not null, "factualNpv", "Give at least one target value.")
        .Require(input.PerceivedOverall is null or (>= 0 and <= 10), "perceivedOverall", "Between 0 and 10.");
}
