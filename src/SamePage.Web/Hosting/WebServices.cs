using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Api;
using SamePage.Web.Auth;
using SamePage.Web.Cockpit;
using SamePage.Web.Exports;
using SamePage.Web.Reports;

namespace SamePage.Web.Hosting;

/// <summary>The composition root of the web app, and what the web app shares with the CLI beyond the data layer.</summary>
public static class WebServices
{
    /// <summary>Accounts, reports and exports: used by the UI, the API and the CLI alike.</summary>
    public static IServiceCollection AddSamePageApplication(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddReports();
        services.AddExportTables();
        return services;
    }

    /// <summary>Everything <see cref="SamePageWebApp"/> serves: data, sign-in, authorization, pages, API, OpenAPI and the cockpit.</summary>
    public static IServiceCollection AddSamePageWeb(this IServiceCollection services, WebAppOptions options)
    {
        services.AddSingleton(options);
        services.AddScoped<CspNonce>();
        services.AddHttpContextAccessor();
        services.AddScoped<IActorProvider, HttpActorProvider>();
        services.AddSamePageData(options.Database);
        services.AddSamePageApplication();
        new IdentityBuilder(typeof(AppUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        // Deactivating a user renews its security stamp; open cookie sessions are checked against it every minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSignIn();
        services.AddAuthorizationBuilder()
            // Closed by default: what names no policy is for vendor staff; partner-facing pages and endpoints open themselves.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Admin, Roles.ChannelManager, Roles.Contributor).Build())
            .AddPolicy(Roles.SignedInPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(Roles.VendorPolicy, p => p.RequireRole(Roles.Admin, Roles.ChannelManager, Roles.Contributor))
            .AddPolicy(Roles.EditorPolicy, p => p.RequireRole(Roles.Admin, Roles.ChannelManager))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in posts only: loading the login page costs an attacker nothing and must not lock anyone out.
            o.AddPolicy("login", ctx => !options.EnableRateLimiting || HttpMethods.IsGet(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("none")
                : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AddPageRoute("/Measures/New", "/measures/new");
                o.Conventions.AddPageRoute("/Models/Edit", "/models/draft");
                o.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
            })
            .AddApplicationPart(typeof(SamePageWebApp).Assembly)
            .AddViewLocalization();
        services.AddSamePageApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddMemoryCache();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<CockpitService>();
        services.AddScoped<ChangeFeed>();
        services.AddScoped<ICockpitContributor, PerceptionCockpitContributor>();
        services.AddScoped<ICockpitContributor, MeasuresCockpitContributor>();
        services.AddScoped<ICockpitContributor, TalkCockpitContributor>();
        if (options.WarmCaches)
        {
            services.AddHostedService<CockpitWarmer>();
        }
        return services;
    }

    /// <summary>Cookie sign-in for the pages, bearer tokens for scripts; the API answers 401/403 instead of redirecting.</summary>
    private static void AddSignIn(this IServiceCollection services) =>
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "smart";
                o.DefaultChallengeScheme = "smart";
            })
            .AddPolicyScheme("smart", "Cookie or token", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? TokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(c =>
            {
                c.LoginPath = "/account/login";
                c.LogoutPath = "/account/logout";
                c.AccessDeniedPath = "/account/denied";
                c.Cookie.Name = "samepage.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Lax;
                c.SlidingExpiration = true;
                c.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                c.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));

    /// <summary>The REST API's error contract, JSON conventions and OpenAPI document.</summary>
    private static void AddSamePageApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures (malformed JSON, a missing body) throw, so the API's exception handler can say where.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // A misspelt or unknown field is an error that names it, never silently ignored.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "SamePage API";
            doc.Info.Description = "The partner business value of each solution: value models, factual and perceived value, talk analysis, measures.";
            return Task.CompletedTask;
        }));
    }

    private static Task ApiAware(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
