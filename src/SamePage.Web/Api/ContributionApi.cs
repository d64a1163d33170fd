using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SamePage.Data.Planning;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>"My contribution" of the signed-in participant, and the team's (vendor staff only).</summary>
public static class ContributionApi
{
    public static void MapContributionApi(this RouteGroupBuilder api)
    {
        var vendor = api.MapGroup("/contribution").RequireAuthorization(Roles.VendorPolicy).WithTags("Contribution");
        vendor.MapGet("/", MineAsync);
        vendor.MapGet("/team", TeamAsync);
    }

    private static async Task<Results<Ok<UserContribution>, ProblemHttpResult>> MineAsync(ClaimsPrincipal user, ContributionService contribution, CancellationToken ct) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? TypedResults.Ok(await contribution.ForUserAsync(userId, 500, ct))
            : TypedResults.Problem("No user.", statusCode: StatusCodes.Status403Forbidden);

    private static async Task<Ok<VendorContribution>> TeamAsync(ContributionService contribution, CancellationToken ct) =>
        TypedResults.Ok(await contribution.VendorAsync(ct));
}
