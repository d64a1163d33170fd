using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Mapping;
using SamePage.Data.Imports;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record SavedMappingDto(string Name, int Version, bool Added);

/// <summary>Saved column mappings and the built-in presets: list, show, save as a new version.</summary>
public static class ImportMappingsApi
{
    public static void MapImportMappingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import-mappings").RequireAuthorization(Roles.EditorPolicy).WithTags("Imports");
        group.MapGet("/", ListAsync).WithSummary("The saved mappings (latest version each) and the built-in presets.");
        group.MapGet("/{name}", GetAsync).WithSummary("One mapping as samepage.mapping/1 JSON: a saved mapping by name, name@version or id, or a preset.");
        group.MapPost("/", SaveAsync).WithSummary("Check a mapping (samepage.mapping/1 JSON body) and save it under ?name= or its own name as a new version; an unchanged mapping adds none.");
    }

    private static async Task<Ok<IReadOnlyList<ImportMappingInfo>>> ListAsync(ImportMappingStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    private static async Task<Ok<ImportMappingDocument>> GetAsync(string name, ImportMappingStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetAsync(name, cancellationToken));

    private static async Task<Results<Created<SavedMappingDto>, Ok<SavedMappingDto>>> SaveAsync(HttpRequest request, ImportMappingStore store, string? name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[MappingLimits.MaxDocumentBytes + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        var document = MappingJson.Read(new string(buffer, 0, length));
        var (saved, version, added) = await store.SaveAsync(document, name, cancellationToken);
        var dto = new SavedMappingDto(saved, version, added);
        return added ? TypedResults.Created($"/api/v1/import-mappings/{saved}", dto) : TypedResults.Ok(dto);
    }
}
