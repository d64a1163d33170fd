using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>The register of measures: vendor data, so partner users get 403 on all of it.</summary>
public static class MeasuresApi
{
    public static void MapMeasuresApi(this RouteGroupBuilder api)
    {
        var vendor = api.MapGroup("/measures").RequireAuthorization(Roles.VendorPolicy).WithTags("Measures");
        vendor.MapGet("/", ListAsync);
        vendor.MapGet("/{id:int}", GetAsync);
        vendor.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapPut("/{id:int}/status", SetStatusAsync).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static ProblemHttpResult NoMeasure(int id) => TypedResults.Problem($"No measure {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ListResult<MeasureView>>, ProblemHttpResult>> ListAsync(string? solution, string? status, MeasureService measures, CancellationToken ct)
    {
        var items = await measures.ListAsync(solution, ct);
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<MeasureStatus>(status, true, out var wanted))
            {
                return TypedResults.Problem("status is one of idea, planned, running, done, dropped.", statusCode: StatusCodes.Status400BadRequest);
            }
            items = [.. items.Where(m => m.Status == wanted)];
        }
        return TypedResults.Ok(new ListResult<MeasureView>(items, items.Count));
    }

    private static async Task<Results<Ok<MeasureView>, ProblemHttpResult>> GetAsync(int id, MeasureService measures, CancellationToken ct) =>
        await measures.GetAsync(id, ct) is { } m ? TypedResults.Ok(m) : NoMeasure(id);

    private static async Task<Created<MeasureView>> CreateAsync(MeasureRequest request, MeasureService measures, CancellationToken ct)
    {
        var created = await measures.CreateAsync(request.ToInput(), ct);
        return TypedResults.Created($"/api/v1/measures/{created.Id}", created);
    }

    private static async Task<Results<Ok<MeasureView>, ProblemHttpResult>> UpdateAsync(int id, MeasureRequest request, MeasureService measures, CancellationToken ct) =>
        await measures.UpdateAsync(id, request.ToInput(), ct) is { } m ? TypedResults.Ok(m) : NoMeasure(id);

    private static async Task<Results<Ok<MeasureView>, ValidationProblem, ProblemHttpResult>> SetStatusAsync(int id, StatusRequest request, MeasureService measures, CancellationToken ct)
    {
        if (request.Status is not { } status)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Required: idea, planned, running, done or dropped."] });
        }
        return await measures.SetStatusAsync(id, status, ct) is { } m ? TypedResults.Ok(m) : NoMeasure(id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, MeasureService measures, CancellationToken ct) =>
        await measures.DeleteAsync(id, ct) ? TypedResults.NoContent() : NoMeasure(id);
}
