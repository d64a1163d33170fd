using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Web.Auth;

namespace SamePage.Web.Tests;

/// <summary>The language chosen on the login page survives the login and becomes the account's language.</summary>
[Collection(AppCollection.Name)]
public sealed class LoginLanguageTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Choosing_german_on_the_login_page_is_kept_after_signing_in(string provider)
    {
        var app = apps[provider];
        var email = $"lang-{Guid.NewGuid():N}"[..13] + "@test.example";
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, Roles.Contributor, null, TestApp.Password);
        }
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var login = await client.GetStringAsync("/account/login");
        var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["c"] = "de", ["returnUrl"] = "/account/login", ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var german = await client.GetStringAsync("/account/login");
        Assert.Contains("Anmelden", german, StringComparison.Ordinal);
        var signedIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = TestApp.Password, ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(german),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("<html lang=\"de\">", await client.GetStringAsync("/"), StringComparison.Ordinal);
        await using var check = app.App.Services.CreateAsyncScope();
        Assert.Equal("de", (await check.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Language);
    }
}
