using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SamePage.Data.Entities;

namespace SamePage.Web.Hosting;

/// <summary>POST /culture: the language switch. A form post with anti-forgery (it changes the account), back to a local page only.</summary>
public static class CultureEndpoint
{
    public static void MapCulture(this IEndpointRouteBuilder app) =>
        // Anti-forgery is checked in the handler, so a forged post gets a 400 that says why rather than an exception page.
        app.MapPost("/culture", SwitchAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> SwitchAsync([FromForm] string c, [FromForm] string? returnUrl, HttpContext context, UserManager<AppUser> users, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem("The form has expired or did not come from this site; reload the page and choose the language again.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (SamePageWebApp.Cultures.All(x => x.Name != c))
        {
            return Results.Problem($"Unknown language '{c}': use en or de.", statusCode: StatusCodes.Status400BadRequest);
        }
        var target = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl;
        if (!IsLocal(target))
        {
            return Results.Problem("returnUrl must be a path on this site, e.g. /portal.", statusCode: StatusCodes.Status400BadRequest);
        }
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c == "de" ? "de-DE" : "en-GB", c)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        // Remember the choice on the account too, so it follows the user to other devices.
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user && user.Language != c)
        {
            user.Language = c;
            await users.UpdateAsync(user);
        }
        return Results.LocalRedirect(target);
    }

    /// <summary>A path of this site: one leading slash, not "//" or "/\" (which browsers read as another host), no control characters.</summary>
    public static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
