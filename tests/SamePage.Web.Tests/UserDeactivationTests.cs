using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SamePage.TestSupport;
using SamePage.Web.Auth;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class UserDeactivationTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deactivated_user_can_neither_sign_in_nor_use_its_tokens_until_reactivated(string provider)
    {
        var app = apps[provider];
        var email = $"leaver-{provider}@test.example";
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, Roles.ChannelManager, null, TestApp.Password);
        }
        using var token = await app.TokenClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/partners")).StatusCode);

        using var admin = await app.LoginAsync(TestApp.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await Post(admin, "Deactivate", email)).StatusCode);
        Assert.Contains("deactivated", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/partners")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync(email));

        Assert.Equal(HttpStatusCode.OK, (await Post(admin, "Activate", email)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/partners")).StatusCode);
        using var back = await app.LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/partners")).StatusCode);

        // The only admin cannot lock everybody out of user management; non-admins cannot deactivate anyone.
        var refused = await Post(admin, "Deactivate", TestApp.AdminEmail);
        Assert.Contains("last active admin", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await app.LoginAsync(TestApp.AdminEmail);
        using var manager = await app.LoginAsync(TestApp.ManagerEmail);
        Denied.AssertPageDenied(await manager.GetAsync("/admin/users"));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient admin, string handler, string email)
    {
        var page = await admin.GetStringAsync("/admin/users");
        return await admin.PostAsync($"/admin/users?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(page),
        }));
    }
}
