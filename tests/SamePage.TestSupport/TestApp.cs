using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Demo;
using SamePage.Web.Auth;
using SamePage.Web.Hosting;

namespace SamePage.TestSupport;

/// <summary>
/// The real web app on a free loopback port over a fresh test database with the small demo and
/// known test accounts; used by the Web and Browser tests.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string Password = "Test-password-123";
    public const string AdminEmail = "admin@test.example";
    public const string ManagerEmail = "manager@test.example";
    public const string ContributorEmail = "contributor@test.example";
    /// <summary>Bound to partner P00001.</summary>
    public const string PartnerEmail = "partner1@test.example";
    /// <summary>Bound to partner P00002.</summary>
    public const string OtherPartnerEmail = "partner2@test.example";

    private TestApp(WebApplication app, TestDatabase database, Uri baseAddress)
    {
        App = app;
        Database = database;
        BaseAddress = baseAddress;
    }

    public WebApplication App { get; }
    public TestDatabase Database { get; }
    public Uri BaseAddress { get; }

    public static async Task<TestApp> StartAsync(string provider, bool withDemo = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = SamePageWebApp.Build(new WebAppOptions(database.Target)
        {
            Urls = "http://127.0.0.1:0",
            Migrate = false,
            EnableRateLimiting = false,
        });
        if (withDemo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync(DemoSize.Small, 42);
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await users.AddAsync(AdminEmail, Roles.Admin, null, Password);
            await users.AddAsync(ManagerEmail, Roles.ChannelManager, null, Password);
            await users.AddAsync(ContributorEmail, Roles.Contributor, null, Password);
            await users.AddAsync(PartnerEmail, Roles.PartnerUser, "P00001", Password);
            await users.AddAsync(OtherPartnerEmail, Roles.PartnerUser, "P00002", Password);
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, database, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
