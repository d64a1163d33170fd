using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Web.Auth;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Reads the app's route table and decides, from each endpoint's own authorization metadata and the app's
/// policies (fallback included), which kinds of user it admits: the same decision the authorization middleware takes.
/// </summary>
internal static class RouteAccess
{
    public const string Anonymous = "anonymous";

    public static IReadOnlyList<string> Kinds { get; } = [Anonymous, Roles.PartnerUser, Roles.Contributor, Roles.ChannelManager, Roles.Admin];

    /// <summary>Every endpoint as "METHOD /pattern" (pages as "PAGE /Folder/Name") with the kinds of user that reach it.</summary>
    public static async Task<SortedDictionary<string, string[]>> TableAsync(WebApplication app)
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var users = Kinds.ToDictionary(k => k, User);
        var table = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var key = Key(endpoint);
            if (key is null)
            {
                continue;
            }

            var admitted = new List<string>();
            var policy = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? null
                : await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                      endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? await provider.GetFallbackPolicyAsync();
            foreach (var kind in Kinds)
            {
                if (policy is null || (await authorization.AuthorizeAsync(users[kind], null, policy)).Succeeded)
                {
                    admitted.Add(kind);
                }
            }

            table[key] = [.. admitted];
        }

        return table;
    }

    private static string? Key(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            return "PAGE " + page.ViewEnginePath + " (/" + endpoint.RoutePattern.RawText + ")";
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
        return methods is null or { Count: 0 } ? "ANY " + pattern : string.Join(",", methods) + " " + pattern;
    }

    private static ClaimsPrincipal User(string kind)
    {
        if (kind == Anonymous)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u-" + kind), new(ClaimTypes.Role, kind) };
        if (kind == Roles.PartnerUser)
        {
            claims.Add(new Claim(Roles.PartnerIdClaim, "1"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
