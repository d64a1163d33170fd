using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The value-model list shows each model's version number, not Razor source.</summary>
[Collection(AppCollection.Name)]
public sealed class ModelListPageTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_model_list_shows_version_numbers(string provider)
    {
        using var ui = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var html = await ui.GetStringAsync("/models");
        Assert.DoesNotContain("v@r.Version", html, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">v\d+</td>", html);
    }
}
