using System.Net;

namespace SamePage.Web.Tests;

public static class Denied
{
    /// <summary>A page the user's role may not open: the cookie login answers with a redirect to the denied page, nothing else (a 500 is not "denied").</summary>
    public static void AssertPageDenied(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.OriginalString.Replace(response.RequestMessage!.RequestUri!.GetLeftPart(UriPartial.Authority), "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
