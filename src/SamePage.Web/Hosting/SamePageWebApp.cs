using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using SamePage.Data;
using SamePage.Data.Entities;
using SamePage.Web.Api;
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
        builder.Services.AddSamePageWeb(options);

        var app = builder.Build();
        if (options.Migrate || options.Database.Provider == DatabaseProvider.Sqlite)
        {
            SamePageDatabase.MigrateAsync(options.Database).GetAwaiter().GetResult();
        }
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Pages answer a browser with a friendly HTML page; /api (and everything else a script asks for) keeps problem details.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/openapi")
                && ctx.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
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
        // Browsers ask for /favicon.ico on their own; the icon is an SVG.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/v1.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/openapi/v1.json").WithTitle("SamePage API")).AllowAnonymous();
        app.MapCulture();
        app.MapRazorPages();
        app.MapSamePageApi();
        app.MapExports();
    }
}
