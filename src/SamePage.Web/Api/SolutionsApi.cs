using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record SolutionDto(int Id, string Name, string? Description, decimal ServicesGrossMargin, string Currency)
{
    public static SolutionDto From(Solution s) => new(s.Id, s.Name, s.Description, s.ServicesGrossMargin, s.Currency);
}

public sealed record SolutionInput(string? Name, string? Description, decimal? ServicesGrossMargin, string? Currency = null);

public static class SolutionsApi
{
    public static void MapSolutionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/solutions").WithTags("Solutions");
        group.MapGet("/", ListAsync).OpenToPartners();
        group.MapGet("/{id:int}", GetAsync).OpenToPartners();
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static async Task<Ok<ListResult<SolutionDto>>> ListAsync(SamePageDbContext db, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var request = new Data.Queries.PageRequest(page, pageSize);
        var total = await db.Solutions.CountAsync(cancellationToken);
        var items = await db.Solutions.AsNoTracking().OrderBy(s => s.Name).Skip(request.Skip).Take(request.SafeSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ListResult<SolutionDto>(items.Select(SolutionDto.From).ToList(), total));
    }

    private static async Task<Results<Ok<SolutionDto>, NotFound>> GetAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var solution = await db.Solutions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return solution is null ? TypedResults.NotFound() : TypedResults.Ok(SolutionDto.From(solution));
    }

    private static async Task<Results<Created<SolutionDto>, ValidationProblem, Conflict<string>>> CreateAsync(SolutionInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var validation = Validate(input, requireName: true);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var name = input.Name!.Trim();
        if (await db.Solutions.AnyAsync(s => s.Name == name, cancellationToken))
        {
            return TypedResults.Conflict($"A solution named '{name}' exists.");
        }
        var solution = new Solution { Name = name, Description = input.Description, ServicesGrossMargin = input.ServicesGrossMargin ?? 0.45m, Currency = input.Currency?.Trim().ToUpperInvariant() ?? "EUR" };
        db.Solutions.Add(solution);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/solutions/{solution.Id}", SolutionDto.From(solution));
    }

    private static async Task<Results<Ok<SolutionDto>, NotFound, ValidationProblem>> UpdateAsync(int id, SolutionInput input, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var solution = await db.Solutions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return TypedResults.NotFound();
        }
        var validation = Validate(input, requireName: false);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        solution.Name = input.Name?.Trim() ?? solution.Name;
        solution.Description = input.Description ?? solution.Description;
        solution.ServicesGrossMargin = input.ServicesGrossMargin ?? solution.ServicesGrossMargin;
        solution.Currency = input.Currency?.Trim().ToUpperInvariant() ?? solution.Currency;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SolutionDto.From(solution));
    }

    private static ApiValidation Validate(SolutionInput input, bool requireName) => new ApiValidation()
        .Require(!requireName || !string.IsNullOrWhiteSpace(input.Name), "name", "Required.")
        .Require(input.Name is null || input.Name.Trim().Length is > 0 and <= Core.FieldLimits.Name, "name", $"1 to {Core.FieldLimits.Name} characters.")
        .Require(input.ServicesGrossMargin is null or (>= 0 and <= 1), "servicesGrossMargin", "A fraction between 0 and 1.")
        .Require(input.Currency is null || Core.Mapping.AmountParser.IsCurrencyCode(input.Currency.Trim()) && input.Currency.Trim().Length == 3, "currency", "An ISO 4217 code such as EUR or USD.");
}
