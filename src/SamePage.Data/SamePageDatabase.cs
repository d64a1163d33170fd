using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SamePage.Data;

/// <summary>Builds contexts for a database target; one migrations assembly per provider.</summary>
public static class SamePageDatabase
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseTarget target)
    {
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(target.ConnectionString, o => o.MigrationsAssembly("SamePage.Data.Sqlite").CommandTimeout(600));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(target.ConnectionString, o => o.MigrationsAssembly("SamePage.Data.Postgres").CommandTimeout(600));
                break;
        }
        // Every context audits its rows and keeps partner users' writes to their own partner, however it was created.
        options.AddInterceptors(Auditing.PartnerWriteGuard.Instance, Auditing.RowAuditInterceptor.Instance);
        // One model per provider: the SQLite model converts DateTimeOffset, so the cache key must include it.
        options.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }

    public static DbContextOptions<SamePageDbContext> Options(DatabaseTarget target)
    {
        var builder = new DbContextOptionsBuilder<SamePageDbContext>();
        Configure(builder, target);
        return builder.Options;
    }

    public static SamePageDbContext CreateContext(DatabaseTarget target, RequestActor? actor = null) =>
        new(Options(target), new FixedActor(actor ?? RequestActor.System));

    /// <summary>Creates the SQLite folder if needed and applies pending migrations.</summary>
    public static async Task MigrateAsync(DatabaseTarget target, CancellationToken cancellationToken = default)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        await using var db = CreateContext(target);
        // Migrate also diffs the model against the snapshot, which costs a second per CLI command; skip it when nothing is pending.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}

internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
