using System.Security.Claims;

namespace SamePage.Web.Pages.Portal.Surveys;

internal static class PortalUser
{
    public static string Id(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim.");
}
