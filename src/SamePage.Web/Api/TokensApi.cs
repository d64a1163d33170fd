using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Api;

/// <summary>A new token: its name and, optionally, how many days it lives (1 to 3650; none = until revoked).</summary>
public sealed record TokenInput(string? Name, int? ExpiresInDays);

public sealed record CreatedToken(int Id, string Name, string Token, DateTimeOffset? ExpiresAt);

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
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors["name"] = ["1 to 100 characters, e.g. the integration's name."];
        }
        if (input.ExpiresInDays is < 1 or > PersonalAccessTokens.MaxLifetimeDays)
        {
            errors["expiresInDays"] = [$"1 to {PersonalAccessTokens.MaxLifetimeDays} days, or leave it out for a token that lives until revoked."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var owner = await users.GetUserAsync(user) ?? throw new UnauthorizedAccessException("The signed-in user no longer exists.");
        var expiresAt = input.ExpiresInDays is { } days ? DateTimeOffset.UtcNow.AddDays(days) : (DateTimeOffset?)null;
        var (id, token) = await PersonalAccessTokens.CreateAsync(db, owner, name!, expiresAt, cancellationToken);
        return TypedResults.Created($"/api/v1/tokens/{id}", new CreatedToken(id, name!, token, expiresAt));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(int id, ClaimsPrincipal user, UserManager<AppUser> users, SamePageDbContext db, CancellationToken cancellationToken) =>
        await PersonalAccessTokens.RevokeAsync(db, id, user.IsInRole(Roles.Admin) ? null : users.GetUserId(user), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
