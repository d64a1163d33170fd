using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SamePage.Data;
using SamePage.Web.Hosting;

namespace SamePage.Cli;

/// <summary>
/// The services of one CLI command on the chosen database: a generic host with the data layer, accounts, reports and
/// exports. Only <c>serve</c> builds the web app.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host, DatabaseTarget database)
    {
        _host = host;
        Database = database;
        Scope = host.Services.CreateAsyncScope();
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
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "samepage" });
        builder.Services.AddSamePageData(database).AddSamePageApplication();
        var host = builder.Build();
        if (migrate || database.Provider == DatabaseProvider.Sqlite)
        {
            SamePageDatabase.MigrateAsync(database).GetAwaiter().GetResult();
        }
        return new CliHost(host, database);
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        _host.Dispose();
    }
}
