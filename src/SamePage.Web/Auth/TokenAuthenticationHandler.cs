using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Auth;

/// <summary>Bearer authentication with personal access tokens (`Authorization: Bearer sp_...`).</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SamePageDbContext db,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await PersonalAccessTokens.FindUserAsync(db, header["Bearer ".Length..].Trim(), Context.RequestAborted);
        // A deactivated account's tokens stop; a sign-in lock-out (failed passwords, which anyone can cause) leaves them working.
        if (user is null || UserAdministration.IsDeactivated(user))
        {
            return AuthenticateResult.Fail("Invalid or revoked token.");
        }
        ClaimsPrincipal principal = await claimsFactory.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
