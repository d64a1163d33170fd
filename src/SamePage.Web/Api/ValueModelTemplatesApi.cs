using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data;
using SamePage.Data.Queries;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>A template of a partner business model with its business case at the likely values.</summary>
public sealed record ValueModelTemplateDto(string Id, LocalizedText Name, string? Segment, LocalizedText? Description, int Inputs, int Drivers, double Npv, int? PaybackMonth);

/// <summary>Body of POST /api/v1/value-models/from-template: solution (id or name), one of its segments, the template id.</summary>
public sealed record FromTemplateInput(string? Solution, string? Segment, string? Template, string? Comment);

/// <summary>Body of POST /api/v1/value-models/{id}/clone: the segment of the same solution the copy is for.</summary>
public sealed record CloneInput(string? Segment, string? Comment);

public static class ValueModelTemplatesApi
{
    public static void MapValueModelTemplatesApi(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/value-model-templates").WithTags("Value models");
        templates.MapGet("/", List).RequireAuthorization(Roles.VendorPolicy).WithSummary("The templates of partner business models a new value model starts from.");
        templates.MapGet("/{id}", Get).RequireAuthorization(Roles.VendorPolicy).Produces<ValueModelDocument>(StatusCodes.Status200OK, "application/json")
            .WithSummary("A template as a value model file (samepage.valuemodel/1).");
        var models = api.MapGroup("/value-models").WithTags("Value models");
        models.MapPost("/from-template", FromTemplateAsync).RequireAuthorization(Roles.EditorPolicy)
            .WithSummary("Creates version 1 of a solution × segment's value model from a template.");
        models.MapPost("/{id:int}/clone", CloneAsync).RequireAuthorization(Roles.EditorPolicy)
            .WithSummary("Copies a value model to another segment of the same solution, as that segment's version 1.");
    }

    private static Ok<List<ValueModelTemplateDto>> List() => TypedResults.Ok(ValueModelTemplates.All.Select(t =>
        new ValueModelTemplateDto(t.Id, t.Name, t.Document.Segment, t.Document.Description, t.Document.Inputs.Count, t.Document.Drivers.Count, Math.Round(t.Case.Npv, 2), t.Case.PaybackMonth)).ToList());

    private static Results<ContentHttpResult, NotFound> Get(string id) =>
        ValueModelTemplates.Find(id) is { } t ? TypedResults.Text(ValueModelJson.Write(t.Document), "application/json") : TypedResults.NotFound();

    private static async Task<Results<Created<ValueModelDetail>, ValidationProblem, Conflict<string>>> FromTemplateAsync(FromTemplateInput input, SamePageDbContext db, ValueModelStore store, CancellationToken cancellationToken)
    {
        var solution = string.IsNullOrWhiteSpace(input.Solution) ? null : await db.FindSolutionAsync(input.Solution.Trim(), cancellationToken);
        var template = ValueModelTemplates.Find(input.Template);
        var segment = solution is null || string.IsNullOrWhiteSpace(input.Segment) ? null : await db.FindSegmentAsync(solution.Id, input.Segment, cancellationToken);
        var validation = new ApiValidation()
            .Require(solution is { ArchivedAt: null }, "solution", solution is null ? "No such solution (give its id or name)." : "The solution is archived.")
            .Require(segment is not null, "segment", "One of the solution's segments (add it first: POST /api/v1/solutions/{id}/segments).")
            .Require(template is not null, "template", $"One of: {string.Join(", ", ValueModelTemplates.Ids)}.");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var document = template!.For(solution!.Name, segment, solution.Currency);
        return await store.CreateAsync(document, input.Comment ?? $"from template {template.Id}", cancellationToken) is { } stored ? Created(stored) : Conflict(document);
    }

    private static async Task<Results<Created<ValueModelDetail>, ValidationProblem, Conflict<string>, NotFound>> CloneAsync(int id, CloneInput input, SamePageDbContext db, ValueModelStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }
        var segment = string.IsNullOrWhiteSpace(input.Segment) ? null : await db.FindSegmentAsync(source.Entity.SolutionId, input.Segment, cancellationToken);
        if (segment is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["segment"] = ["One of the solution's segments."] });
        }
        var document = source.Document with { Segment = segment };
        return await store.CreateAsync(document, input.Comment ?? $"cloned from {source.Entity.Segment} v{source.Current.Version}", cancellationToken) is { } stored ? Created(stored) : Conflict(document);
    }

    private static Created<ValueModelDetail> Created(StoredValueModel stored) =>
        TypedResults.Created($"/api/v1/value-models/{stored.Entity.Id}", ValueModelsApi.Detail(stored));

    /// <summary>A segment that has a model already is never overwritten by a template or a clone.</summary>
    private static Conflict<string> Conflict(ValueModelDocument document) =>
        TypedResults.Conflict($"{document.Solution} · {document.Segment} has a value model already: edit it (PUT /api/v1/value-models/{{id}}).");
}
