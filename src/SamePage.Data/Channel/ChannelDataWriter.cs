using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SamePage.Data.Entities;

namespace SamePage.Data.Channel;

/// <summary>
/// Bulk upsert of deals and partner costs by external id, on the context's open connection and transaction.
/// PostgreSQL: binary COPY into a temporary table, then one INSERT … ON CONFLICT. SQLite: one prepared
/// INSERT … ON CONFLICT statement reused for every row. Callers own the transaction, so a failure leaves
/// the database as it was.
/// </summary>
public sealed class ChannelDataWriter(SamePageDbContext db)
{
    /// <summary>Rows read, and rows inserted or changed (unchanged rows are not rewritten).</summary>
    public sealed record UpsertResult(long Rows, long Written);

    public async Task<UpsertResult> UpsertDealsAsync(IEnumerable<Deal> deals, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        return db.IsSqlite
            ? await SqliteDealsAsync((SqliteConnection)connection, deals, progress, cancellationToken)
            : await PostgresDealsAsync((NpgsqlConnection)connection, deals, progress, cancellationToken);
    }

    public async Task<UpsertResult> UpsertCostsAsync(IEnumerable<PartnerCost> costs, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        return db.IsSqlite
            ? await SqliteCostsAsync((SqliteConnection)connection, costs, progress, cancellationToken)
            : await PostgresCostsAsync((NpgsqlConnection)connection, costs, progress, cancellationToken);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes need an open transaction (all-or-nothing imports).");
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        if (db.IsSqlite)
        {
            // Index pages of a multi-million-row table do not fit SQLite's default 2 MB page cache; 256 MB keeps upserts in memory.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }
        return connection;
    }

    private const int ProgressEvery = 10_000;

    private async Task<UpsertResult> SqliteDealsAsync(SqliteConnection connection, IEnumerable<Deal> deals, Action<long>? progress, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "Deals" ("ExternalId","PartnerId","SolutionId","Date","Type","CustomerId","ProductRevenue","PartnerMargin","ServicesRevenue","Seats","Status")
            VALUES ($e,$p,$s,$d,$t,$c,$r,$m,$v,$n,$st)
            ON CONFLICT("ExternalId") DO UPDATE SET "PartnerId"=excluded."PartnerId","SolutionId"=excluded."SolutionId","Date"=excluded."Date",
              "Type"=excluded."Type","CustomerId"=excluded."CustomerId","ProductRevenue"=excluded."ProductRevenue","PartnerMargin"=excluded."PartnerMargin",
              "ServicesRevenue"=excluded."ServicesRevenue","Seats"=excluded."Seats","Status"=excluded."Status"
            WHERE "PartnerId" IS NOT excluded."PartnerId" OR "SolutionId" IS NOT excluded."SolutionId" OR "Date" IS NOT excluded."Date"
              OR "Type" IS NOT excluded."Type" OR "CustomerId" IS NOT excluded."CustomerId" OR "ProductRevenue" IS NOT excluded."ProductRevenue"
              OR "PartnerMargin" IS NOT excluded."PartnerMargin" OR "ServicesRevenue" IS NOT excluded."ServicesRevenue"
              OR "Seats" IS NOT excluded."Seats" OR "Status" IS NOT excluded."Status"
            """;
        var p = new[] { "$e", "$p", "$s", "$d", "$t", "$c", "$r", "$m", "$v", "$n", "$st" }.Select(n => command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        await command.PrepareAsync(cancellationToken);
        long count = 0, written = 0;
        foreach (var deal in deals)
        {
            p[0].Value = deal.ExternalId;
            p[1].Value = deal.PartnerId;
            p[2].Value = deal.SolutionId;
            p[3].Value = deal.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = deal.Type.ToString();
            p[5].Value = deal.CustomerId;
            p[6].Value = SqliteDecimal(deal.ProductRevenue);
            p[7].Value = SqliteDecimal(deal.PartnerMargin);
            p[8].Value = SqliteDecimal(deal.ServicesRevenue);
            p[9].Value = deal.Seats;
            p[10].Value = deal.Status.ToString();
            cancellationToken.ThrowIfCancellationRequested();
            // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and a Task per row costs more than the insert.
            written += command.ExecuteNonQuery();
            if (++count % ProgressEvery == 0)
            {
                progress?.Invoke(count);
            }
        }
        progress?.Invoke(count);
        return new UpsertResult(count, written);
    }

    private async Task<UpsertResult> SqliteCostsAsync(SqliteConnection connection, IEnumerable<PartnerCost> costs, Action<long>? progress, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "PartnerCosts" ("ExternalId","PartnerId","SolutionId","Date","Category","Amount","Hours")
            VALUES ($e,$p,$s,$d,$c,$a,$h)
            ON CONFLICT("ExternalId") DO UPDATE SET "PartnerId"=excluded."PartnerId","SolutionId"=excluded."SolutionId","Date"=excluded."Date",
              "Category"=excluded."Category","Amount"=excluded."Amount","Hours"=excluded."Hours"
            WHERE "PartnerId" IS NOT excluded."PartnerId" OR "SolutionId" IS NOT excluded."SolutionId" OR "Date" IS NOT excluded."Date"
              OR "Category" IS NOT excluded."Category" OR "Amount" IS NOT excluded."Amount" OR "Hours" IS NOT excluded."Hours"
            """;
        var p = new[] { "$e", "$p", "$s", "$d", "$c", "$a", "$h" }.Select(n => command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        await command.PrepareAsync(cancellationToken);
        long count = 0, written = 0;
        foreach (var cost in costs)
        {
            p[0].Value = cost.ExternalId;
            p[1].Value = cost.PartnerId;
            p[2].Value = cost.SolutionId;
            p[3].Value = cost.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = cost.Category.ToString();
            p[5].Value = SqliteDecimal(cost.Amount);
            p[6].Value = cost.Hours is { } h ? SqliteDecimal(h) : DBNull.Value;
            cancellationToken.ThrowIfCancellationRequested();
            // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and a Task per row costs more than the insert.
            written += command.ExecuteNonQuery();
            if (++count % ProgressEvery == 0)
            {
                progress?.Invoke(count);
            }
        }
        progress?.Invoke(count);
        return new UpsertResult(count, written);
    }

    // EF Core's SQLite provider stores decimals as invariant text; keep the same format.
    private static string SqliteDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<UpsertResult> PostgresDealsAsync(NpgsqlConnection connection, IEnumerable<Deal> deals, Action<long>? progress, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE IF NOT EXISTS deals_in (LIKE "Deals" INCLUDING DEFAULTS) ON COMMIT DROP;
            ALTER TABLE deals_in DROP COLUMN IF EXISTS "Id";
            """, cancellationToken);
        long count = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY deals_in ("ExternalId","PartnerId","SolutionId","Date","Type","CustomerId","ProductRevenue","PartnerMargin","ServicesRevenue","Seats","Status") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var deal in deals)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(deal.ExternalId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(deal.PartnerId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(deal.SolutionId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(deal.Date, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(deal.Type.ToString(), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(deal.CustomerId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(deal.ProductRevenue, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(deal.PartnerMargin, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(deal.ServicesRevenue, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(deal.Seats, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(deal.Status.ToString(), NpgsqlDbType.Text, cancellationToken);
                if (++count % ProgressEvery == 0)
                {
                    progress?.Invoke(count);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        var written = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Deals" ("ExternalId","PartnerId","SolutionId","Date","Type","CustomerId","ProductRevenue","PartnerMargin","ServicesRevenue","Seats","Status")
            SELECT "ExternalId","PartnerId","SolutionId","Date","Type","CustomerId","ProductRevenue","PartnerMargin","ServicesRevenue","Seats","Status" FROM deals_in
            ON CONFLICT ("ExternalId") DO UPDATE SET "PartnerId"=excluded."PartnerId","SolutionId"=excluded."SolutionId","Date"=excluded."Date",
              "Type"=excluded."Type","CustomerId"=excluded."CustomerId","ProductRevenue"=excluded."ProductRevenue","PartnerMargin"=excluded."PartnerMargin",
              "ServicesRevenue"=excluded."ServicesRevenue","Seats"=excluded."Seats","Status"=excluded."Status"
            WHERE ("Deals"."PartnerId","Deals"."SolutionId","Deals"."Date","Deals"."Type","Deals"."CustomerId","Deals"."ProductRevenue","Deals"."PartnerMargin","Deals"."ServicesRevenue","Deals"."Seats","Deals"."Status")
              IS DISTINCT FROM (excluded."PartnerId",excluded."SolutionId",excluded."Date",excluded."Type",excluded."CustomerId",excluded."ProductRevenue",excluded."PartnerMargin",excluded."ServicesRevenue",excluded."Seats",excluded."Status")
            """, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("TRUNCATE deals_in", cancellationToken);
        progress?.Invoke(count);
        return new UpsertResult(count, written);
    }

    private async Task<UpsertResult> PostgresCostsAsync(NpgsqlConnection connection, IEnumerable<PartnerCost> costs, Action<long>? progress, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE IF NOT EXISTS costs_in (LIKE "PartnerCosts" INCLUDING DEFAULTS) ON COMMIT DROP;
            ALTER TABLE costs_in DROP COLUMN IF EXISTS "Id";
            """, cancellationToken);
        long count = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY costs_in ("ExternalId","PartnerId","SolutionId","Date","Category","Amount","Hours") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var cost in costs)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(cost.ExternalId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(cost.PartnerId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(cost.SolutionId, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(cost.Date, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(cost.Category.ToString(), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(cost.Amount, NpgsqlDbType.Numeric, cancellationToken);
                if (cost.Hours is { } hours)
                {
                    await copy.WriteAsync(hours, NpgsqlDbType.Numeric, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                if (++count % ProgressEvery == 0)
                {
                    progress?.Invoke(count);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        var written = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "PartnerCosts" ("ExternalId","PartnerId","SolutionId","Date","Category","Amount","Hours")
            SELECT "ExternalId","PartnerId","SolutionId","Date","Category","Amount","Hours" FROM costs_in
            ON CONFLICT ("ExternalId") DO UPDATE SET "PartnerId"=excluded."PartnerId","SolutionId"=excluded."SolutionId","Date"=excluded."Date",
              "Category"=excluded."Category","Amount"=excluded."Amount","Hours"=excluded."Hours"
            WHERE ("PartnerCosts"."PartnerId","PartnerCosts"."SolutionId","PartnerCosts"."Date","PartnerCosts"."Category","PartnerCosts"."Amount","PartnerCosts"."Hours")
              IS DISTINCT FROM (excluded."PartnerId",excluded."SolutionId",excluded."Date",excluded."Category",excluded."Amount",excluded."Hours")
            """, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("TRUNCATE costs_in", cancellationToken);
        progress?.Invoke(count);
        return new UpsertResult(count, written);
    }
}
