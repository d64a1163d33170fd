using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SamePage.Core.Actuals;
using SamePage.Data.Entities;

namespace SamePage.Data.Channel;

/// <summary>
/// Bulk writes of deals and partner costs by external id, on the context's open connection and transaction, with the
/// monthly rollups kept right. Callers own the transaction, so a failure leaves the database as it was.
/// <list type="bullet">
/// <item>Initial load (the table is empty): the secondary indexes and foreign keys are dropped and rebuilt around plain
/// inserts (PostgreSQL: COPY straight into the table), and the rollups are added up while the rows stream past.</item>
/// <item>Otherwise an upsert that rewrites only rows that differ (PostgreSQL: COPY into a temporary table, then one
/// INSERT … ON CONFLICT), and the rollups of the touched partners are rebuilt.</item>
/// </list>
/// </summary>
public sealed class ChannelDataWriter(SamePageDbContext db)
{
    /// <summary>Rows read, rows inserted or changed (unchanged rows are not rewritten), of those the new ones, and whether it was an initial load.</summary>
    public sealed record UpsertResult(long Rows, long Written, long Inserted, bool InitialLoad);

    private const int ProgressEvery = 10_000;

    // Above this many touched partners one full rollup rebuild is cheaper than a huge IN list.
    private const int FullRebuildAbove = 2000;

    public Task<UpsertResult> UpsertDealsAsync(IEnumerable<Deal> deals, Action<long>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(ChannelTables.Deals, deals, progress, cancellationToken);

    public Task<UpsertResult> UpsertCostsAsync(IEnumerable<PartnerCost> costs, Action<long>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(ChannelTables.Costs, costs, progress, cancellationToken);

    private async Task<UpsertResult> WriteAsync<T>(ChannelTable<T> table, IEnumerable<T> rows, Action<long>? progress, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes need an open transaction (all-or-nothing imports).");
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.IsSqlite)
        {
            // Index pages of a multi-million-row table do not fit SQLite's default 2 MB page cache; 256 MB keeps writes in memory.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }
        var probe = $"SELECT 1 AS \"Value\" FROM \"{table.Name}\" LIMIT 1";
        var initial = !await db.Database.SqlQueryRaw<int>(probe).AnyAsync(cancellationToken);
        var rollups = initial ? new RollupAccumulator() : null;
        // The source (reading and validating a file, or generating demo rows) and the rollup sums run on a second
        // thread; this one writes. Only that thread touches the accumulator until the rows are all read.
        IEnumerable<T> Summed()
        {
            foreach (var row in rows)
            {
                if (rollups is not null)
                {
                    table.AddToRollups(rollups, row);
                }
                yield return row;
            }
        }
        long count = 0;
        IEnumerable<T> Tracked()
        {
            foreach (var row in BackgroundRows.Prefetch(Summed()))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return row;
                if (++count % ProgressEvery == 0)
                {
                    progress?.Invoke(count);
                }
            }
            progress?.Invoke(count);
        }

        var builder = new RollupBuilder(db);
        if (rollups is not null)
        {
            var deferred = await DeferredIndexes.DropAsync(db, table.Name, cancellationToken);
            if (db.IsSqlite)
            {
                SqliteWrite(table, Tracked(), touched: null);
            }
            else
            {
                await PostgresCopyAsync(table, $"\"{table.Name}\"", Tracked(), cancellationToken);
            }
            await deferred.RestoreAsync(cancellationToken);
            await builder.AddAsync(rollups.Months(), cancellationToken);
            await builder.AddRepeatsAsync(rollups.RepeatMonths(), cancellationToken);
            return new UpsertResult(count, count, count, InitialLoad: true);
        }

        // Only partners with a written row, and the earlier partner of a row that moved, need their rollups rebuilt.
        var touched = new HashSet<int>();
        var (written, inserted) = db.IsSqlite
            ? SqliteWrite(table, Tracked(), touched)
            : await PostgresUpsertAsync(table, Tracked(), touched, cancellationToken);
        if (touched.Count > 0)
        {
            await builder.RebuildAsync(touched.Count > FullRebuildAbove ? null : touched, cancellationToken);
        }
        return new UpsertResult(count, written, inserted, InitialLoad: false);
    }

    /// <summary>INSERT … ON CONFLICT DO UPDATE of every column but the external id, only where <paramref name="differs"/>.</summary>
    private static string UpsertSql<T>(ChannelTable<T> table, string source, string differs)
    {
        var set = string.Join(",", table.Columns.Skip(1).Select(c => $"\"{c}\"=excluded.\"{c}\""));
        return $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) {source} ON CONFLICT (\"ExternalId\") DO UPDATE SET {set} WHERE {differs}";
    }

    /// <summary>Plain inserts when <paramref name="touched"/> is null (initial load), else upserts that note the partners they touch.</summary>
    private (long Written, long Inserted) SqliteWrite<T>(ChannelTable<T> table, IEnumerable<T> rows, HashSet<int>? touched)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var values = $"VALUES ({string.Join(",", table.Columns.Select((_, i) => $"?{i + 1}"))})";
        using var statement = new SqliteStatement(connection, touched is null
            ? $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) {values}"
            : UpsertSql(table, values, string.Join(" OR ", table.Columns.Skip(1).Select(c => $"\"{table.Name}\".\"{c}\" IS NOT excluded.\"{c}\""))));
        using var earlierPartner = touched is null ? null : new SqliteStatement(connection, $"SELECT \"PartnerId\" FROM \"{table.Name}\" WHERE \"ExternalId\" = ?1");
        long written = 0, inserted = 0;
        foreach (var row in rows)
        {
            long? before = null;
            if (earlierPartner is not null)
            {
                earlierPartner.Text(1, table.ExternalIdOf(row));
                before = earlierPartner.QueryInteger();
            }
            table.Bind(statement, row);
            var changes = statement.Execute();
            written += changes;
            if (touched is not null && changes > 0)
            {
                touched.Add(table.PartnerOf(row));
                if (before is { } partner)
                {
                    touched.Add((int)partner);
                }
                else
                {
                    inserted++;
                }
            }
        }
        return (written, touched is null ? written : inserted);
    }

    private async Task<(long Written, long Inserted)> PostgresUpsertAsync<T>(ChannelTable<T> table, IEnumerable<T> rows, HashSet<int> touched, CancellationToken cancellationToken)
    {
        var staging = $"{table.Name.ToLowerInvariant()}_in";
        var create = $"""
            CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE "{table.Name}" INCLUDING DEFAULTS) ON COMMIT DROP;
            ALTER TABLE {staging} DROP COLUMN IF EXISTS "Id";
            """;
        await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
        await PostgresCopyAsync(table, staging, rows, cancellationToken);
        var moved = $"""SELECT DISTINCT t."PartnerId" FROM "{table.Name}" t JOIN {staging} s ON s."ExternalId" = t."ExternalId" WHERE t."PartnerId" <> s."PartnerId" """;
        await SqlRows.ForEachAsync(db, moved, r => touched.Add(r.GetInt32(0)), cancellationToken);
        var existing = string.Join(",", table.Columns.Skip(1).Select(c => $"\"{table.Name}\".\"{c}\""));
        var incoming = string.Join(",", table.Columns.Skip(1).Select(c => $"excluded.\"{c}\""));
        // IS DISTINCT FROM compares nulls as values.
        var upsert = UpsertSql(table, $"SELECT {table.ColumnList} FROM {staging}", $"({existing}) IS DISTINCT FROM ({incoming})") + " RETURNING \"PartnerId\", xmax = 0";
        long written = 0, inserted = 0;
        // xmax is 0 on a row this statement inserted and set on one it updated.
        await SqlRows.ForEachAsync(db, upsert, r =>
        {
            written++;
            inserted += r.GetBoolean(1) ? 1 : 0;
            touched.Add(r.GetInt32(0));
        }, cancellationToken);
        var truncate = $"TRUNCATE {staging}";
        await db.Database.ExecuteSqlRawAsync(truncate, cancellationToken);
        return (written, inserted);
    }

    private Task PostgresCopyAsync<T>(ChannelTable<T> table, string target, IEnumerable<T> rows, CancellationToken cancellationToken) =>
        PgTextCopy.CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), $"COPY {target} ({table.ColumnList}) FROM STDIN", rows, table.WriteText, cancellationToken);
}
