using System.Security.Cryptography;

namespace SamePage.Web.Hosting;

/// <summary>The script nonce of the current response: pages put it on their inline scripts, the CSP admits only those.</summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts from this origin or with the response's nonce,
/// no framing, no plug-ins), nosniff, a same-origin referrer, and HSTS over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = context.RequestServices.GetRequiredService<CspNonce>().Value;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The interactive API reference ships its own inline bootstrap script; it shows no user data.
            var scripts = context.Request.Path.StartsWithSegments("/api/docs") ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
            // Styles: charts and a few layouts set inline style attributes; no script can run from them under this policy.
            headers.ContentSecurityPolicy = $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        await next();
    });
}
