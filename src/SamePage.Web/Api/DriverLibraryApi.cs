using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Core.Values;
using SamePage.Data.Values;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>A driver-library entry with where it comes from: <c>samepage</c> (shipped, read-only) or <c>vendor</c>.</summary>
public sealed record DriverLibraryEntryDto(string Key, string Kind, LocalizedText? Label, LocalizedText? Explanation, string? Unit, double? Low, double? Likely, double? High,
    string? Actual, IReadOnlyList<string>? Synonyms, string? Category, string? Stream, string? Formula, string Source)
{
    public static DriverLibraryEntryDto From(LibraryEntry e) =>
        new(e.Key, e.Kind, e.Label, e.Explanation, e.Unit, e.Low, e.Likely, e.High, e.Actual, e.Synonyms, e.Category, e.Stream, e.Formula, e.Source);
}

public static class DriverLibraryApi
{
    public static void MapDriverLibraryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/driver-library").WithTags("Value models");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.VendorPolicy).WithSummary("Reusable inputs and drivers with labels in both languages, units, typical ranges and an explanation.");
        group.MapPost("/", AddAsync).RequireAuthorization(Roles.EditorPolicy).WithSummary("Adds the vendor's own entry (a key not taken yet).");
        group.MapPut("/{key}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy).WithSummary("Changes one of the vendor's own entries; shipped entries stay as they are.");
        group.MapDelete("/{key}", DeleteAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static async Task<Ok<List<DriverLibraryEntryDto>>> ListAsync(DriverLibraryStore library, CancellationToken cancellationToken) =>
        TypedResults.Ok((await library.ListAsync(cancellationToken)).Select(DriverLibraryEntryDto.From).ToList());

    private static async Task<Results<Created<DriverLibraryEntryDto>, ValidationProblem, Conflict<string>>> AddAsync(LibraryEntry entry, DriverLibraryStore library, CancellationToken cancellationToken)
    {
        try
        {
            var added = await library.AddAsync(entry, cancellationToken);
            return TypedResults.Created($"/api/v1/driver-library/{added.Key}", DriverLibraryEntryDto.From(added));
        }
        catch (LibraryEntryException e)
        {
            return e.Conflict ? TypedResults.Conflict(e.Message) : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
        }
    }

    private static async Task<Results<Ok<DriverLibraryEntryDto>, NotFound, ValidationProblem, Conflict<string>>> UpdateAsync(string key, LibraryEntry entry, DriverLibraryStore library, CancellationToken cancellationToken)
    {
        try
        {
            return await library.UpdateAsync(key, entry, cancellationToken) is { } changed ? TypedResults.Ok(DriverLibraryEntryDto.From(changed)) : TypedResults.NotFound();
        }
        catch (LibraryEntryException e)
        {
            return e.Conflict ? TypedResults.Conflict(e.Message) : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
        }
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string key, DriverLibraryStore library, CancellationToken cancellationToken) =>
        await library.DeleteAsync(key, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
