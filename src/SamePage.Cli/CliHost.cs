using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace SamePage.Cli;

/// <summary>The application's services for one CLI command, on the chosen database.</summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CliHost(WebApplication app, DatabaseTarget database)
    {
        _app = app;
        Database = database;
        Scope = app.Services.CreateAsyncScope();
    }

    public DatabaseTarget Database { get; }
    public AsyncServiceScope Scope { get; }
    public IServiceProvider Services => Scope.ServiceProvider;
    public SamePageDbContext Db => Services.GetRequiredService<SamePageDbContext>();

    public static DatabaseTarget ResolveDatabase(string? option)
    {
        try
        {
            return DatabaseTarget.Resolve(option);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(e.Message);
        }
    }

    /// <summary>Opens the database; SQLite is migrated on open, PostgreSQL when <paramref name="migrate"/> is set.</summary>
    public static CliHost Open(string? databaseOption, bool migrate = false, bool quiet = false)
    {
        var database = ResolveDatabase(databaseOption);
        if (!quiet)
        {
            Console.Error.WriteLine($"Database: {database.Display}");
        }
        var app = SamePageWebApp.Build(new WebAppOptions(database) { Migrate = migrate });
        return new CliHost(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}
