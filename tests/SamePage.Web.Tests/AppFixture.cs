using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>One running app per provider, shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly Dictionary<string, TestApp> _apps = [];

    public TestApp this[string provider] => _apps[provider];

    public async Task InitializeAsync()
    {
        _apps["sqlite"] = await TestApp.StartAsync("sqlite");
        _apps["postgres"] = await TestApp.StartAsync("postgres");
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
