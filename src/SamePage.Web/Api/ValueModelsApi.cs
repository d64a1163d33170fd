using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>The answer of <c>/validate</c>: whether the model compiles, its inputs, and every error and warning.</summary>
public sealed record ValidationReport(
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Inputs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ModelErrorDto>? Warnings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ModelErrorDto>? Errors);

/// <summary>One finding of the validator, with its JSON path.</summary>
public sealed record ModelErrorDto(string Path, string Code, string Message, string Severity);

public static class ValueModelsApi
{
    public static void MapValueModelsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/value-models").WithTags("Value models");
        group.MapGet("/", ListAsync).OpenToPartners();
        group.MapGet("/{id:int}", GetAsync).OpenToPartners();
        group.MapGet("/{id:int}/versions", VersionsAsync).OpenToPartners();
        group.MapGet("/{id:int}/versions/{version:int}", VersionAsync).OpenToPartners().Produces<JsonElement>(StatusCodes.Status200OK, "application/json");
        group.MapPost("/", SaveAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
        group.MapPost("/{id:int}/run", RunStoredAsync).OpenToPartners();
        group.MapPost("/{id:int}/sensitivity", SensitivityStoredAsync).OpenToPartners();
        group.MapPost("/{id:int}/simulate", SimulateStoredAsync).OpenToPartners();
        group.MapPost("/run", RunAdHoc).OpenToPartners();
        group.MapPost("/sensitivity", SensitivityAdHoc).OpenToPartners();
        group.MapPost("/simulate", SimulateAdHoc).OpenToPartners();
        group.MapPost("/validate", Validate).OpenToPartners();
    }

    public static ModelErrorDto ErrorDto(ModelError e) => new(e.Path, e.Code, e.Message, e.Severity.ToString().ToLowerInvariant());

    private static async Task<Ok<ListResult<ValueModelSummary>>> ListAsync(ValueModelStore store, CancellationToken cancellationToken)
    {
        var models = await store.ListAsync(cancellationToken);
        return TypedResults.Ok(new ListResult<ValueModelSummary>([.. models.Select(Summary)], models.Count));
    }

    private static ValueModelSummary Summary(StoredValueModel m) =>
        new(m.Entity.Id, m.Entity.SolutionId, m.SolutionName, m.Entity.Segment, m.Current.Version, m.Current.CreatedAt);

    internal static ValueModelDetail Detail(StoredValueModel m) =>
        new(m.Entity.Id, m.Entity.SolutionId, m.SolutionName, m.Entity.Segment, m.Current.Version, JsonDocument.Parse(m.Current.Json).RootElement);

    private static async Task<Results<Ok<ValueModelDetail>, NotFound>> GetAsync(int id, ValueModelStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } m ? TypedResults.Ok(Detail(m)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ValueModelVersionDto>>, NotFound>> VersionsAsync(int id, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.ValueModelVersions.AsNoTracking().Where(v => v.ValueModelId == id).OrderByDescending(v => v.Version)
            .Select(v => new ValueModelVersionDto(v.Version, v.Comment, v.CreatedBy, v.CreatedAt)).ToListAsync(cancellationToken);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions);
    }

    /// <summary>The stored JSON of one version, byte for byte as saved.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> VersionAsync(int id, int version, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.ValueModelVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ValueModelId == id && v.Version == version, cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Text(row.Json, "application/json");
    }

    private static async Task<Created<ValueModelDetail>> SaveAsync(JsonElement body, ValueModelStore store, string? comment, CancellationToken cancellationToken)
    {
        var stored = await store.SaveAsync(body.GetRawText(), comment, cancellationToken);
        return TypedResults.Created($"/api/v1/value-models/{stored.Entity.Id}", Detail(stored));
    }

    private static async Task<Results<Ok<ValueModelDetail>, NotFound, ProblemHttpResult>> UpdateAsync(
        int id, JsonElement body, ValueModelStore store, string? comment, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }
        var document = ValueModelCompiler.CompileJsonOrThrow(body.GetRawText()).Document;
        if (document.Solution != existing.SolutionName || (document.Segment ?? "") != existing.Entity.Segment)
        {
            return TypedResults.Problem($"This model is for {existing.SolutionName} {existing.Entity.Segment}; the body names {document.Solution} {document.Segment}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(Detail(await store.SaveAsync(body.GetRawText(), comment, cancellationToken)));
    }

    private static async Task<Results<Ok<RunReport>, NotFound>> RunStoredAsync(int id, AnalysisOptions? options, ValueModelStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { Model: { } model } ? TypedResults.Ok(Run(model, options)) : TypedResults.NotFound();

    private static async Task<Results<Ok<SensitivityReport>, NotFound>> SensitivityStoredAsync(int id, AnalysisOptions? options, ValueModelStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { Model: { } model } ? TypedResults.Ok(Sensitivity(model, options)) : TypedResults.NotFound();

    /// <summary>A stored model is simulated against the target in force (targets page), as on every other surface.</summary>
    private static async Task<Results<Ok<SimulationReport>, NotFound>> SimulateStoredAsync(int id, AnalysisOptions? options, ValueModelStore store, TargetStore targets, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { Model: { } model } stored)
        {
            return TypedResults.NotFound();
        }
        var target = await targets.VisibleAsync(stored.Entity.SolutionId, stored.Entity.Segment, user.IsInRole(Roles.PartnerUser), cancellationToken);
        return TypedResults.Ok(Simulate(model, options, (double?)target?.FactualNpv, onlyGivenTarget: true));
    }

    private static Ok<RunReport> RunAdHoc(AdHocAnalysis body) => TypedResults.Ok(Run(AdHocModel(body), Options(body)));

    private static Ok<SensitivityReport> SensitivityAdHoc(AdHocAnalysis body) => TypedResults.Ok(Sensitivity(AdHocModel(body), Options(body)));

    /// <summary>An unsaved model has no target record: its own target is the one.</summary>
    private static Ok<SimulationReport> SimulateAdHoc(AdHocAnalysis body)
    {
        var model = AdHocModel(body);
        return TypedResults.Ok(Simulate(model, Options(body), model.TargetNpv));
    }

    /// <summary>
    /// Validates a model: the body is the model itself, or <c>{ "model": {...} }</c> like the other unsaved-model
    /// endpoints (docs/api.md). An invalid model is a 200 with <c>valid: false</c> and its errors.
    /// </summary>
    private static Ok<ValidationReport> Validate(JsonElement body)
    {
        var model = body.ValueKind == JsonValueKind.Object && !body.TryGetProperty("schema", out _) && body.TryGetProperty("model", out var inner) ? inner : body;
        var compiled = ValueModelCompiler.CompileJson(model.GetRawText());
        return TypedResults.Ok(compiled.Model is { } m
            ? new ValidationReport(true, m.InputNames, [.. compiled.Warnings.Select(ErrorDto)], null)
            : new ValidationReport(false, null, null, [.. compiled.Errors.Select(ErrorDto)]));
    }

    private static CompiledValueModel AdHocModel(AdHocAnalysis body) => ValueModelCompiler.CompileJsonOrThrow(body.Model.GetRawText()).Model;

    private static AnalysisOptions Options(AdHocAnalysis body) => new(body.Set, body.Trials, body.Seed);

    private static IReadOnlyDictionary<string, double> Overrides(CompiledValueModel model, IReadOnlyDictionary<string, double>? set) =>
        ValueModelOverrides.Check(model, set);

    // The JSON field names of the reports are the CLI's (docs/value-model.md).
    private static RunReport Run(CompiledValueModel model, AnalysisOptions? options) =>
        ValueModelReports.ToRunReport(model.Evaluate(Overrides(model, options?.Set)));

    private static SensitivityReport Sensitivity(CompiledValueModel model, AnalysisOptions? options) =>
        ValueModelReports.ToSensitivityReport(SensitivityAnalysis.Run(model, Overrides(model, options?.Set)));

    private static SimulationReport Simulate(CompiledValueModel model, AnalysisOptions? options, double? targetNpv, bool onlyGivenTarget = false)
    {
        if (options?.Trials is < 1 or > 1_000_000)
        {
            throw new ArgumentException("trials must be between 1 and 1,000,000.");
        }
        return ValueModelReports.ToSimulationReport(MonteCarloSimulation.Run(model,
            new MonteCarloOptions { Trials = options?.Trials ?? TargetStore.ChanceTrials, Seed = options?.Seed ?? TargetStore.ChanceSeed, TargetNpv = targetNpv, OnlyGivenTarget = onlyGivenTarget, Overrides = Overrides(model, options?.Set) }));
    }
}
