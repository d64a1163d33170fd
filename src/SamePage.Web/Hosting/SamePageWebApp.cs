using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.Web.Api;
using SamePage.Web.Auth;
using SamePage.Web.Charts;
using SamePage.Web.Exports;

namespace SamePage.Web.Hosting;

/// <summary>Builds the SamePage web application (UI, REST API, OpenAPI) for one database.</summary>
public static class SamePageWebApp
{
    /// <summary>UI languages; number and date formats follow en-GB and de-DE (day before month, ISO-like).</summary>
    public static readonly CultureInfo[] Cultures = [new("en"), new("de")];
    public static readonly CultureInfo[] Formats = [new("en-GB"), new("de-DE")];

    public static WebApplication Build(WebAppOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.EnvironmentName,
            ApplicationName = typeof(SamePageWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // Keys live in the database (stateless nodes); protecting them at rest is the database's job (docs/decisions/0006).
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        var services = builder.Services;

        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddScoped<IActorProvider, HttpActorProvider>();
        services.AddDbContext<SamePageDbContext>(o => SamePageDatabase.Configure(o, options.Database));

        // Stateless nodes: keys live in the database so any node can read any node's cookies.
        services.AddDataProtection().SetApplicationName("SamePage").PersistKeysToDbContext<SamePageDbContext>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SamePageDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();

        // Deactivating a user renews its security stamp; open cookie sessions are checked against it every minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

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
            o.AddPolicy("login", ctx => !options.EnableRateLimiting
                ? RateLimitPartition.GetNoLimiter("none")
                : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AddPageRoute("/Measures/New", "/measures/new");
                o.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
            })
            .AddApplicationPart(typeof(SamePageWebApp).Assembly)
            .AddViewLocalization();
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures (malformed JSON, a missing body) throw, so the API's exception handler can say where.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "SamePage API";
            doc.Info.Description = "The partner business value of each solution: value models, factual and perceived value, talk analysis, measures.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddScoped<UserAdministration>();
        services.AddMemoryCache();
        services.AddScoped<SamePage.Web.Cockpit.CockpitService>();
        services.AddScoped<SamePage.Web.Cockpit.ICockpitContributor, SamePage.Web.Cockpit.PerceptionCockpitContributor>();
        services.AddScoped<SamePage.Web.Cockpit.ICockpitContributor, SamePage.Web.Cockpit.MeasuresCockpitContributor>();
        services.AddScoped<SamePage.Web.Cockpit.ICockpitContributor, SamePage.Web.Cockpit.TalkCockpitContributor>();
        if (options.WarmCaches)
        {
            services.AddHostedService<SamePage.Web.Cockpit.CockpitWarmer>();
        }
        services.AddScoped<SamePage.Data.Values.ValueModelStore>();
        services.AddScoped<SamePage.Data.Actuals.ActualsService>();
        services.AddScoped<SamePage.Data.Actuals.PeerBenchmarks>();
        services.AddScoped<SamePage.Data.Planning.MeasureService>();
        services.AddScoped<SamePage.Data.Planning.ParticipantService>();
        services.AddScoped<SamePage.Data.Planning.PlanningService>();
        services.AddScoped<SamePage.Data.Planning.ContributionService>();
        services.AddScoped<SamePage.Data.Planning.TargetTrajectoryService>();
        services.AddScoped<SamePage.Data.Planning.MeasureCsvImport>();
        // Survey estimates are wired in by the perception feature; until then the perceived case starts from the planned inputs.
        services.AddScoped<SamePage.Data.Planning.IPerceivedBaselineSource, SamePage.Data.Perception.SurveyPerceivedBaseline>();
        services.AddScoped<SamePage.Data.Talk.TalkService>();
        services.AddScoped<SamePage.Data.Talk.CommunicationDigest>();
        services.AddSamePageServices();
        services.AddSamePagePerception();

        var app = builder.Build();
        if (options.Migrate || options.Database.Provider == DatabaseProvider.Sqlite)
        {
            SamePageDatabase.MigrateAsync(options.Database).GetAwaiter().GetResult();
        }
        Configure(app);
        return app;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SamePageWebApp).Assembly, "SamePage.Web.wwwroot"),
        });
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en-GB", "en");
            o.SupportedCultures = Formats;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/v1.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/openapi/v1.json").WithTitle("SamePage API")).AllowAnonymous();
        app.MapGet("/culture", async (string c, string? returnUrl, HttpContext ctx, UserManager<AppUser> users) =>
        {
            var culture = Cultures.Any(x => x.Name == c) ? c : "en";
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "de" ? "de-DE" : "en-GB", culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Remember the choice on the account too, so it follows the user to other devices.
            if (ctx.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(ctx.User) is { } user && user.Language != culture)
            {
                user.Language = culture;
                await users.UpdateAsync(user);
            }
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapRazorPages();
        app.MapSamePageApi();
        app.MapExports();
        app.MapCharts();
    }
}
