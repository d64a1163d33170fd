using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>The internal owners of drivers and measures (vendor staff only; editors change them).</summary>
public static class ParticipantsApi
{
    public static void MapParticipantsApi(this RouteGroupBuilder api)
    {
        var vendor = api.MapGroup("/participants").RequireAuthorization(Roles.VendorPolicy).WithTags("Participants");
        vendor.MapGet("/", ListAsync);
        vendor.MapGet("/{id:int}", GetAsync);
        vendor.MapPost("/", CreateAsync).RequireAuthorization(Roles.EditorPolicy);
        vendor.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Roles.EditorPolicy);
    }

    private static ProblemHttpResult NoParticipant(int id) => TypedResults.Problem($"No participant {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Ok<ListResult<ParticipantView>>> ListAsync(ParticipantService participants, CancellationToken ct)
    {
        var items = await participants.ListAsync(ct);
        return TypedResults.Ok(new ListResult<ParticipantView>(items, items.Count));
    }

    private static async Task<Results<Ok<ParticipantView>, ProblemHttpResult>> GetAsync(int id, ParticipantService participants, CancellationToken ct) =>
        await participants.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : NoParticipant(id);

    private static async Task<Created<ParticipantView>> CreateAsync(ParticipantInput body, ParticipantService participants, CancellationToken ct)
    {
        var p = await participants.CreateAsync(body, ct);
        return TypedResults.Created($"/api/v1/participants/{p.Id}", p);
    }

    private static async Task<Results<Ok<ParticipantView>, ProblemHttpResult>> UpdateAsync(int id, ParticipantInput body, ParticipantService participants, CancellationToken ct) =>
        await participants.UpdateAsync(id, body, ct) is { } p ? TypedResults.Ok(p) : NoParticipant(id);
}
