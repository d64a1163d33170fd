using Microsoft.EntityFrameworkCore;

namespace SamePage.Data.Channel;

/// <summary>
/// The secondary indexes of one table (and on PostgreSQL its foreign keys), dropped before an initial bulk load and
/// rebuilt after it, inside the caller's transaction. Building an index once over all rows is several times faster
/// than maintaining it row by row, and one foreign-key check over the table beats a trigger per row (PostgreSQL's
/// advice for populating a database). The definitions are read from the database catalog, so the rebuilt schema is
/// exactly the migrated one. Only used when the importer has already checked what the keys would check, and only
/// by the table's owner (others load with the indexes in place).
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly SamePageDbContext _db;
    private readonly List<string> _restore;

    private DeferredIndexes(SamePageDbContext db, List<string> restore)
    {
        _db = db;
        _restore = restore;
    }

    public static async Task<DeferredIndexes> DropAsync(SamePageDbContext db, string table, CancellationToken cancellationToken)
    {
        var restore = new List<string>();
        var drop = new List<string>();
        if (db.IsSqlite)
        {
            foreach (var (name, sql) in await ReadAsync(db, $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL", cancellationToken))
            {
                drop.Add($"DROP INDEX \"{name}\"");
                restore.Add(sql);
            }
        }
        else if (await IsOwnerAsync(db, table, cancellationToken))
        {
            var indexes = $"""
                SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = '"{table}"'::regclass AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
                """;
            foreach (var (name, definition) in await ReadAsync(db, indexes, cancellationToken))
            {
                drop.Add($"DROP INDEX \"{name}\"");
                restore.Add(definition);
            }
            foreach (var (name, definition) in await ReadAsync(db, $"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '\"{table}\"'::regclass AND contype = 'f'", cancellationToken))
            {
                drop.Add($"ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\"");
                restore.Add($"ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" {definition}");
            }
            // Index builds sort in memory with a larger budget; SET LOCAL ends with the transaction.
            drop.Add("SET LOCAL maintenance_work_mem = '256MB'");
        }
        foreach (var statement in drop)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
        return new DeferredIndexes(db, restore);
    }

    // Only the table's owner may drop its indexes; a role that was merely granted write access loads with them in place.
    private static async Task<bool> IsOwnerAsync(SamePageDbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = $"SELECT pg_has_role(current_user, relowner, 'USAGE') AS \"Value\" FROM pg_class WHERE oid = '\"{table}\"'::regclass";
        return await db.Database.SqlQueryRaw<bool>(sql).SingleAsync(cancellationToken);
    }

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in _restore)
        {
            await _db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    private static async Task<List<(string Name, string Definition)>> ReadAsync(SamePageDbContext db, string sql, CancellationToken cancellationToken)
    {
        var result = new List<(string, string)>();
        await SqlRows.ForEachAsync(db, sql, r => result.Add((r.GetString(0), r.GetString(1))), cancellationToken);
        return result;
    }
}
