using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SamePage.Web.Pages.Errors;

/// <summary>
/// The friendly HTML page a browser gets for an error status (404, 429, 500 …) on a page; the API keeps answering with
/// problem details. Re-executed for the original request, so it answers GET and POST alike.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Message => Code switch
    {
        StatusCodes.Status404NotFound => ("This page does not exist", "The address may be mistyped, or the record was removed or is not visible to you."),
        StatusCodes.Status429TooManyRequests => ("Too many attempts", "For your safety SamePage pauses sign-in attempts from this address for a minute. Please wait and try again."),
        StatusCodes.Status403Forbidden => ("Access denied", "Your role does not give access to this page."),
        StatusCodes.Status400BadRequest => ("The request could not be read", "Please go back, reload the page and try again."),
        >= 500 => ("Something went wrong", "The error was logged. Please try again; if it happens again, tell your administrator the time it happened."),
        _ => ("Something went wrong", "Please go back and try again."),
    };

    public IActionResult OnGet(int code)
    {
        Code = code;
        return Page();
    }

    public IActionResult OnPost(int code) => OnGet(code);
}
