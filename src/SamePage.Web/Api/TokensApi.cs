using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

public sealed record TokenInput(string? Name);

public sealed record CreatedToken(int Id, string Name, string Token);

/// <summary>Personal access tokens: every user lists, creates and revokes their own; admins list and revoke everyone's.</summary>
public static class TokensApi
{
    public static void MapTokensApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tokens").WithTags("Tokens");
        group.MapGet("/", ListAsync).OpenToPartners().WithSummary("Your tokens (admins: ?all=true for every user's). The token itself is shown only when created.");
        group.MapPost("/", CreateAsync).OpenToPartners();
        group.MapDelete("/{id:int}", RevokeAsync).OpenToPartners();
    }

    private static async Task<Ok<ListResult<TokenSummary>>> ListAsync(bool? all, ClaimsPrincipal user, UserManager<AppUser> users, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var tokens = await PersonalAccessTokens.ListAsync(db, all == true && user.IsInRole(Roles.Admin) ? null : users.GetUserId(user), cancellationToken);
        return TypedResults.Ok(new ListResult<TokenSummary>(tokens, tokens.Count));
    }

    private static async Task<Results<Created<CreatedToken>, ValidationProblem>> CreateAsync(TokenInput input, ClaimsPrincipal user, UserManager<AppUser> users, SamePageDbContext db, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["1 to 100 characters, e.g. the integration's name."] });
        }
        var owner = await users.GetUserAsync(user) ?? throw new UnauthorizedAccessException("The signed-in user no longer exists.");
        var (id, token) = await PersonalAccessTokens.CreateAsync(db, owner, name, cancellationToken);
        return TypedResults.Created($"/api/v1/tokens/{id}", new CreatedToken(id, name, token));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int id, ClaimsPrincipal user, UserManager<AppUser> users, SamePageDbContext db, CancellationToken cancellationToken) =>
        await PersonalAccessTokens.RevokeAsync(db, id, user.IsInRole(Roles.Admin) ? null : users.GetUserId(user), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
