using System.Globalization;
using System.Security.Claims;
using SamePage.Data;

namespace SamePage.Web.Auth;

/// <summary>Turns the authenticated principal into the data layer's isolation scope.</summary>
public static class RequestActorFactory
{
    public static RequestActor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return RequestActor.System;
        }
        var name = user.Identity.Name;
        if (user.IsInRole(Roles.PartnerUser))
        {
            // A partner user without a partner binding sees nothing (-1 matches no partner).
            var claim = user.FindFirstValue(Roles.PartnerIdClaim);
            var partnerId = int.TryParse(claim, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1;
            return new RequestActor { UserName = name, IsPartnerUser = true, PartnerId = partnerId };
        }
        return new RequestActor { UserName = name, IsAdmin = user.IsInRole(Roles.Admin) };
    }
}
