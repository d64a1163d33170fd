using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SamePage.Data.Entities;

namespace SamePage.Web.Auth;

/// <summary>Adds the partner binding to the principal, so every request knows its isolation scope.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PartnerId is int partnerId)
        {
            identity.AddClaim(new Claim(Roles.PartnerIdClaim, partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        identity.AddClaim(new Claim("samepage:lang", user.Language));
        return identity;
    }
}
