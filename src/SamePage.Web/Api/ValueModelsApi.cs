using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record ValueModelSummary(int Id, int SolutionId, string Solution, string Segment, int Version, DateTimeOffset UpdatedAt);

public sealed record ValueModelDetail(int Id, int SolutionId, string Solution, string Segment, int Version, JsonElement Model);

public sealed record ValueModelVersionDto(int Version, string? Comment, string? CreatedBy, DateTimeOffset CreatedAt);

/// <summary>Options of an analysis: input overrides, and for simulation the trials and the seed.</summary>
public sealed record AnalysisOptions(Dictionary<string, double>? Set, int? Trials, int? Seed);

/// <summary>An unsaved model with analysis options.</summary>
public sealed record AdHocAnalysis(JsonElement Model, Dictionary<string, double>? Set, int? Trials, int? Seed);

public static class ValueModelsApi
{
    public static void MapValueModelsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/value-models").WithTags("Value models");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapGet("/{id:int}/versions", VersionsAsync);
        group.MapGet("/{id:int}/versions/{version:int}", VersionAsync);
        group.MapPost("/", SaveAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPost("/{id:int}/run", async (int id, AnalysisOptions? options, ValueModelStore store, CancellationToken ct) =>
            await StoredAsync(id, store, ct) is { } m ? Analyse("run", m, options) : Results.NotFound());
        group.MapPost("/{id:int}/sensitivity", async (int id, AnalysisOptions? options, ValueModelStore store, CancellationToken ct) =>
            await StoredAsync(id, store, ct) is { } m ? Analyse("sensitivity", m, options) : Results.NotFound());
        group.MapPost("/{id:int}/simulate", async (int id, AnalysisOptions? options, ValueModelStore store, CancellationToken ct) =>
            await StoredAsync(id, store, ct) is { } m ? Analyse("simulate", m, options) : Results.NotFound());
        group.MapPost("/run", (AdHocAnalysis body) => AdHoc("run", body));
        group.MapPost("/sensitivity", (AdHocAnalysis body) => AdHoc("sensitivity", body));
        group.MapPost("/simulate", (AdHocAnalysis body) => AdHoc("simulate", body));
        group.MapPost("/validate", (JsonElement body) =>
        {
            try
            {
                var (_, model, warnings) = ValueModelStore.Validate(body.GetRawText());
                return Results.Ok(new { valid = true, inputs = model.InputNames, warnings = warnings.Select(ErrorDto) });
            }
            catch (ValueModelInvalidException e)
            {
                return Results.Ok(new { valid = false, errors = e.Errors.Select(ErrorDto) });
            }
        });
    }

    public static object ErrorDto(ModelError e) => new { path = e.Path, code = e.Code, message = e.Message, severity = e.Severity.ToString().ToLowerInvariant() };

    public static IResult InvalidModel(ValueModelInvalidException e) =>
        Results.Problem(title: "The value model is invalid.", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = e.Errors.Select(ErrorDto).ToList() });

    private static async Task<Ok<ListResult<ValueModelSummary>>> ListAsync(ValueModelStore store, CancellationToken cancellationToken)
    {
        var models = await store.ListAsync(cancellationToken);
        return TypedResults.Ok(new ListResult<ValueModelSummary>([.. models.Select(Summary)], models.Count));
    }

    private static ValueModelSummary Summary(StoredValueModel m) =>
        new(m.Entity.Id, m.Entity.SolutionId, m.SolutionName, m.Entity.Segment, m.Current.Version, m.Current.CreatedAt);

    private static ValueModelDetail Detail(StoredValueModel m) =>
        new(m.Entity.Id, m.Entity.SolutionId, m.SolutionName, m.Entity.Segment, m.Current.Version, JsonDocument.Parse(m.Current.Json).RootElement);

    private static async Task<Results<Ok<ValueModelDetail>, NotFound>> GetAsync(int id, ValueModelStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } m ? TypedResults.Ok(Detail(m)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ValueModelVersionDto>>, NotFound>> VersionsAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.ValueModelVersions.AsNoTracking().Where(v => v.ValueModelId == id).OrderByDescending(v => v.Version)
            .Select(v => new ValueModelVersionDto(v.Version, v.Comment, v.CreatedBy, v.CreatedAt)).ToListAsync(cancellationToken);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions);
    }

    private static async Task<IResult> VersionAsync(int id, int version, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.ValueModelVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ValueModelId == id && v.Version == version, cancellationToken);
        return row is null ? Results.NotFound() : Results.Text(row.Json, "application/json");
    }

    private static async Task<IResult> SaveAsync(JsonElement body, ValueModelStore store, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await store.SaveAsync(body.GetRawText(), comment, cancellationToken);
            return Results.Created($"/api/v1/value-models/{stored.Entity.Id}", Detail(stored));
        }
        catch (ValueModelInvalidException e)
        {
            return InvalidModel(e);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> UpdateAsync(int id, JsonElement body, ValueModelStore store, string? comment, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            return Results.NotFound();
        }
        try
        {
            var (document, _, _) = ValueModelStore.Validate(body.GetRawText());
            if (document.Solution != existing.SolutionName || (document.Segment ?? "") != existing.Entity.Segment)
            {
                return Results.Problem($"This model is for {existing.SolutionName} {existing.Entity.Segment}; the body names {document.Solution} {document.Segment}.", statusCode: StatusCodes.Status400BadRequest);
            }
            return Results.Ok(Detail(await store.SaveAsync(body.GetRawText(), comment, cancellationToken)));
        }
        catch (ValueModelInvalidException e)
        {
            return InvalidModel(e);
        }
    }

    private static async Task<CompiledValueModel?> StoredAsync(int id, ValueModelStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } m ? ValueModelCompiler.Compile(m.Document).Model : null;

    private static IResult AdHoc(string analysis, AdHocAnalysis body)
    {
        try
        {
            var (_, model, _) = ValueModelStore.Validate(body.Model.GetRawText());
            return Analyse(analysis, model, new AnalysisOptions(body.Set, body.Trials, body.Seed));
        }
        catch (ValueModelInvalidException e)
        {
            return InvalidModel(e);
        }
    }

    /// <summary>Runs one analysis; the JSON field names are the CLI's (docs/value-model.md).</summary>
    public static IResult Analyse(string analysis, CompiledValueModel model, AnalysisOptions? options)
    {
        var unknown = options?.Set?.Keys.Where(k => model.InputIndex(k) < 0).ToList() ?? [];
        if (unknown.Count > 0)
        {
            return Results.Problem($"Unknown input(s): {string.Join(", ", unknown)}.", statusCode: StatusCodes.Status400BadRequest);
        }
        var overrides = options?.Set ?? [];
        try
        {
            return analysis switch
            {
                "run" => Results.Ok(ValueModelReports.ToRunReport(model.Evaluate(overrides))),
                "sensitivity" => Results.Ok(ValueModelReports.ToSensitivityReport(SensitivityAnalysis.Run(model, overrides))),
                _ => options?.Trials is < 1 or > 1_000_000
                    ? Results.Problem("trials must be between 1 and 1,000,000.", statusCode: StatusCodes.Status400BadRequest)
                    : Results.Ok(ValueModelReports.ToSimulationReport(MonteCarloSimulation.Run(model,
                        new MonteCarloOptions { Trials = options?.Trials ?? 20_000, Seed = options?.Seed ?? 1, TargetNpv = model.TargetNpv, Overrides = overrides }))),
            };
        }
        catch (ValueModelEvaluationException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
