using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Data.Demo;

namespace SamePage.TestSupport;

/// <summary>
/// A fresh, migrated database per test (or fixture) on a real engine: a SQLite file, or a PostgreSQL
/// database cloned from a migrated template. PostgreSQL comes from SAMEPAGE_TEST_PG (an Npgsql
/// connection string to a server where the user may create databases); without it the test fails.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SAMEPAGE_TEST_PG";
    private static readonly SemaphoreSlim s_templateLock = new(1, 1);
    private static string? s_sqliteTemplate;
    private static bool s_postgresTemplateReady;
    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseTarget target, Func<Task> drop)
    {
        Target = target;
        _drop = drop;
    }

    public DatabaseTarget Target { get; }

    public SamePageDbContext CreateContext(RequestActor? actor = null) => SamePageDatabase.CreateContext(Target, actor);

    /// <summary>The data services as the web app and the CLI wire them, on this database and the system actor.</summary>
    public ServiceProvider CreateServices() => new ServiceCollection().AddSamePageData(Target).BuildServiceProvider();

    /// <summary>Loads the small demo: partners, deals and costs, and with <paramref name="withParts"/> models, surveys, measures and communications.</summary>
    public async Task LoadDemoAsync(int seed = 42, bool withParts = true)
    {
        await using var services = CreateServices();
        await using var scope = services.CreateAsyncScope();
        var loader = withParts
            ? scope.ServiceProvider.GetRequiredService<DemoLoader>()
            : new DemoLoader(scope.ServiceProvider.GetRequiredService<SamePageDbContext>(), []);
        await loader.LoadAsync(DemoSize.Small, seed);
    }

    public static Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        "sqlite" => CreateSqliteAsync(),
        "postgres" => CreatePostgresAsync(),
        _ => throw new ArgumentException($"Unknown provider {provider}"),
    };

    public static IEnumerable<object[]> Providers => [["sqlite"], ["postgres"]];

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        await s_templateLock.WaitAsync();
        try
        {
            if (s_sqliteTemplate is null)
            {
                var template = Path.Join(Path.GetTempPath(), $"samepage-template-{Guid.NewGuid():N}.db");
                await SamePageDatabase.MigrateAsync(DatabaseTarget.Sqlite(template));
                SqliteConnection.ClearAllPools();
                s_sqliteTemplate = template;
            }
        }
        finally
        {
            s_templateLock.Release();
        }
        var path = Path.Join(Path.GetTempPath(), $"samepage-test-{Guid.NewGuid():N}.db");
        File.Copy(s_sqliteTemplate, path);
        return new TestDatabase(DatabaseTarget.Sqlite(path), () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
            return Task.CompletedTask;
        });
    }

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (an Npgsql connection string of a user who may create databases). " +
                "Run the suite with ./test.sh, which starts PostgreSQL, or set the variable.");

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = "postgres", Pooling = false };
        const string template = "samepage_test_template";
        await s_templateLock.WaitAsync();
        try
        {
            if (!s_postgresTemplateReady)
            {
                await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
                await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {template}");
                var target = DatabaseTarget.Parse(new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = template, Pooling = false }.ConnectionString);
                await SamePageDatabase.MigrateAsync(target);
                NpgsqlConnection.ClearAllPools();
                s_postgresTemplateReady = true;
            }
            var name = $"samepage_test_{Guid.NewGuid():N}";
            await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {name} TEMPLATE {template}");
            var builder = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = true };
            return new TestDatabase(DatabaseTarget.Parse(builder.ConnectionString), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await DropAsync(admin.ConnectionString, name);
            });
        }
        finally
        {
            s_templateLock.Release();
        }
    }

    /// <summary>
    /// Cleanup only: an autovacuum worker (owned by the superuser) may still be in the fresh database, and FORCE may not
    /// end it for this role; retry briefly, then leave the database behind (a throwaway server in CI).
    /// </summary>
    private static async Task DropAsync(string adminConnectionString, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(300);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                return;
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _drop();
}
