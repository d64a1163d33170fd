using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Web.Pages.Account;

[EnableRateLimiting("login")]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, LoginThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Enter your e-mail and password.";
            return Page();
        }
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsBlocked(address))
        {
            Error = "Too many failed sign-ins from your address; try again in 15 minutes.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            throttle.Failed(address);
            Error = "E-mail or password is wrong.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: true, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            throttle.Failed(address);
        }
        if (result.IsLockedOut)
        {
            Error = "Too many failed attempts; try again later.";
            return Page();
        }
        if (!result.Succeeded)
        {
            Error = "E-mail or password is wrong.";
            return Page();
        }
        // A language chosen on the login page itself is the latest wish: it becomes the user's language.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { Provider: Microsoft.AspNetCore.Localization.CookieRequestCultureProvider } chosen
            && chosen.RequestCulture.UICulture.TwoLetterISOLanguageName is "de" or "en" && chosen.RequestCulture.UICulture.TwoLetterISOLanguageName != user.Language)
        {
            user.Language = chosen.RequestCulture.UICulture.TwoLetterISOLanguageName;
            await users.UpdateAsync(user);
        }
        Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(user.Language == "de" ? "de-DE" : "en-GB", user.Language)));
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }
        return await users.IsInRoleAsync(user, Roles.PartnerUser) ? LocalRedirect("/portal") : LocalRedirect("/");
    }
}
