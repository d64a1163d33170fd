using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Queries;
using SamePage.Data.Solutions;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record SolutionDto(int Id, string Name, string? Description, decimal ServicesGrossMargin, string Currency, IReadOnlyList<string> Segments, DateTimeOffset? ArchivedAt)
{
    public static SolutionDto From(Solution s) => new(s.Id, s.Name, s.Description, s.ServicesGrossMargin, s.Currency, [.. s.Segments.Select(g => g.Name).Order(StringComparer.OrdinalIgnoreCase)], s.ArchivedAt);
}

/// <summary>
/// Create or change a solution. Null fields stay; segments, when given, replace the list (a segment with a model or
/// targets cannot leave it); archived: true archives (never deletes: deals and history stay), false restores.
/// </summary>
public sealed record SolutionInput(string? Name, string? Description, decimal? ServicesGrossMargin, string? Currency = null, List<string>? Segments = null, bool? Archived = null)
{
    public SolutionChange ToChange() => new(Name, Description, ServicesGrossMargin, Currency, Segments, Archived);
}

public sealed record SegmentInput(string? Name);

public static class SolutionsApi
{
    public static void MapSolutionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/solutions").WithTags("Solutions");
        group.MapGet("/", ListAsync).OpenToPartners().WithSummary("Solutions with their segments; archived ones only with includeArchived=true.");
        group.MapGet("/{id:int}", GetAsync).OpenToPartners();
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy)
            .WithSummary("Rename, describe, set the currency, replace the segments, archive (archived: true) or restore (false).");
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Roles.EditorPolicy)
            .WithSummary("Deletes a solution that has nothing yet (no deals, models, targets, measures or costs); otherwise archive it.");
        group.MapPost("/{id:int}/segments", AddSegmentAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapDelete("/{id:int}/segments/{segment}", RemoveSegmentAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static async Task<Ok<ListResult<SolutionDto>>> ListAsync(SamePageDbContext db, bool includeArchived = false, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var request = new PageRequest(page, pageSize);
        var query = db.Solutions.AsNoTracking().Include(s => s.Segments).Where(s => includeArchived || s.ArchivedAt == null);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.Name).Skip(request.Skip).Take(request.SafeSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ListResult<SolutionDto>([.. items.Select(SolutionDto.From)], total));
    }

    private static async Task<Results<Ok<SolutionDto>, NotFound>> GetAsync(int id, SolutionService solutions, CancellationToken cancellationToken) =>
        await solutions.GetAsync(id, cancellationToken) is { } solution ? TypedResults.Ok(SolutionDto.From(solution)) : TypedResults.NotFound();

    private static async Task<Results<Created<SolutionDto>, ValidationProblem, Conflict<string>>> CreateAsync(SolutionInput input, SolutionService solutions, CancellationToken cancellationToken)
    {
        try
        {
            var solution = await solutions.CreateAsync(input.ToChange(), cancellationToken);
            return TypedResults.Created($"/api/v1/solutions/{solution.Id}", SolutionDto.From(solution));
        }
        catch (SolutionRuleException e)
        {
            return e.Conflict ? TypedResults.Conflict(e.Message) : Invalid(e);
        }
    }

    private static async Task<Results<Ok<SolutionDto>, NotFound, ValidationProblem, Conflict<string>>> UpdateAsync(int id, SolutionInput input, SolutionService solutions, CancellationToken cancellationToken)
    {
        try
        {
            return await solutions.UpdateAsync(id, input.ToChange(), cancellationToken) is { } solution ? TypedResults.Ok(SolutionDto.From(solution)) : TypedResults.NotFound();
        }
        catch (SolutionRuleException e)
        {
            return e.Conflict ? TypedResults.Conflict(e.Message) : Invalid(e);
        }
    }

    private static async Task<Results<NoContent, NotFound, Conflict<string>>> DeleteAsync(int id, SolutionService solutions, CancellationToken cancellationToken)
    {
        try
        {
            return await solutions.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (SolutionRuleException e)
        {
            return TypedResults.Conflict(e.Message);
        }
    }

    private static async Task<Results<Ok<SolutionDto>, NotFound, ValidationProblem>> AddSegmentAsync(int id, SegmentInput input, SolutionService solutions, CancellationToken cancellationToken)
    {
        try
        {
            return await solutions.AddSegmentAsync(id, input.Name, cancellationToken) is { } solution ? TypedResults.Ok(SolutionDto.From(solution)) : TypedResults.NotFound();
        }
        catch (SolutionRuleException e)
        {
            return Invalid(e);
        }
    }

    private static async Task<Results<NoContent, NotFound, Conflict<string>>> RemoveSegmentAsync(int id, string segment, SolutionService solutions, CancellationToken cancellationToken)
    {
        try
        {
            return await solutions.RemoveSegmentAsync(id, segment, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (SolutionRuleException e)
        {
            return TypedResults.Conflict(e.Message);
        }
    }

    private static ValidationProblem Invalid(SolutionRuleException e) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
}
