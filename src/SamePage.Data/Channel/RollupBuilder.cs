using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SamePage.Data.Entities;

namespace SamePage.Data.Channel;

/// <summary>
/// Rebuilds the partner × solution × month rollups from deals and costs in SQL, inside the caller's
/// transaction. NewCustomers counts a customer in the month of its first won new deal with that partner
/// and solution, so summing months never counts one customer twice.
/// </summary>
public sealed class RollupBuilder(SamePageDbContext db)
{
    private static readonly (string Name, bool Integer, Func<PartnerSolutionMonth, decimal> Value)[] Measures =
    [
        ("WonNew", true, m => m.WonNew), ("WonUpsell", true, m => m.WonUpsell), ("WonRenewal", true, m => m.WonRenewal),
        ("WonRecurring", true, m => m.WonRecurring), ("LostNewOrUpsell", true, m => m.LostNewOrUpsell), ("NewCustomers", true, m => m.NewCustomers),
        ("ProductRevenue", false, m => m.ProductRevenue), ("NewOrUpsellProductRevenue", false, m => m.NewOrUpsellProductRevenue),
        ("ProductMarginIncome", false, m => m.ProductMarginIncome), ("ServicesRevenue", false, m => m.ServicesRevenue),
        ("RecurringRevenue", false, m => m.RecurringRevenue), ("SeatsOfNewDeals", true, m => m.SeatsOfNewDeals),
        ("CostCertification", false, m => m.CostCertification), ("CostTraining", false, m => m.CostTraining), ("CostPresales", false, m => m.CostPresales),
        ("CostMarketing", false, m => m.CostMarketing), ("CostOther", false, m => m.CostOther),
        ("HoursCertification", false, m => m.HoursCertification), ("HoursTraining", false, m => m.HoursTraining), ("HoursPresales", false, m => m.HoursPresales),
        ("HoursMarketing", false, m => m.HoursMarketing), ("HoursOther", false, m => m.HoursOther),
    ];

    /// <summary>
    /// Adds rollups summed elsewhere (an initial load) to the stored ones: a partner × solution × month that already has
    /// a row gets the sums added, so the deal sums of one import merge with the cost sums of another.
    /// </summary>
    internal async Task AddAsync(IReadOnlyList<PartnerSolutionMonth> months, CancellationToken cancellationToken)
    {
        if (months.Count == 0)
        {
            return;
        }
        var columns = "\"PartnerId\",\"SolutionId\",\"Month\"," + string.Join(",", Measures.Select(m => $"\"{m.Name}\""));
        var conflict = "ON CONFLICT (\"PartnerId\",\"SolutionId\",\"Month\") DO UPDATE SET " +
            string.Join(",", Measures.Select(m => $"\"{m.Name}\"=\"PartnerSolutionMonths\".\"{m.Name}\"+excluded.\"{m.Name}\""));
        // The keys were checked on the way in; per-row foreign-key checks would dominate the merge.
        var deferred = await DeferredIndexes.DropAsync(db, "PartnerSolutionMonths", cancellationToken);
        if (db.IsSqlite)
        {
            AddSqlite(months, columns, conflict);
        }
        else
        {
            await AddPostgresAsync(months, columns, conflict, cancellationToken);
        }
        await deferred.RestoreAsync(cancellationToken);
    }

    /// <summary>Adds the repeat-customer months of an initial load (few rows: most customers buy "new" once).</summary>
    internal async Task AddRepeatsAsync(IReadOnlyList<RepeatNewCustomerMonth> rows, CancellationToken cancellationToken)
    {
        const int PerStatement = 500;
        for (var start = 0; start < rows.Count; start += PerStatement)
        {
            var chunk = rows.Skip(start).Take(PerStatement).ToList();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var values = new List<string>(chunk.Count);
            for (var i = 0; i < chunk.Count; i++)
            {
                values.Add($"(@p{i},@s{i},@c{i},@m{i})");
                Parameter(command, $"@p{i}", chunk[i].PartnerId);
                Parameter(command, $"@s{i}", chunk[i].SolutionId);
                Parameter(command, $"@c{i}", chunk[i].CustomerId);
                Parameter(command, $"@m{i}", db.IsSqlite ? chunk[i].Month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : chunk[i].Month);
            }
            command.CommandText = $"INSERT INTO \"RepeatNewCustomerMonths\" (\"PartnerId\",\"SolutionId\",\"CustomerId\",\"Month\") VALUES {string.Join(",", values)}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Parameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private void AddSqlite(IReadOnlyList<PartnerSolutionMonth> months, string columns, string conflict)
    {
        // Sums that are zero in every row (the cost columns of a deals import) are written as literals: fewer bound values.
        var used = Measures.Select(m => months.Any(x => m.Value(x) != 0)).ToArray();
        var parameter = 3;
        var values = string.Join(",", used.Select(u => u ? $"?{++parameter}" : "0"));
        using var statement = new SqliteStatement((SqliteConnection)db.Database.GetDbConnection(),
            $"INSERT INTO \"PartnerSolutionMonths\" ({columns}) VALUES (?1,?2,?3,{values}) {conflict}");
        foreach (var month in months)
        {
            statement.Integer(1, month.PartnerId);
            statement.Integer(2, month.SolutionId);
            statement.Date(3, month.Month);
            parameter = 3;
            for (var i = 0; i < Measures.Length; i++)
            {
                if (!used[i])
                {
                    continue;
                }
                var value = Measures[i].Value(month);
                if (Measures[i].Integer)
                {
                    statement.Integer(++parameter, (long)value);
                }
                else
                {
                    statement.Decimal(++parameter, value);
                }
            }
            statement.Execute();
        }
    }

    private async Task AddPostgresAsync(IReadOnlyList<PartnerSolutionMonth> months, string columns, string conflict, CancellationToken cancellationToken)
    {
        // Into an empty table the rows go straight in; otherwise through a staging table and one merge.
        var empty = !await db.PartnerSolutionMonths.IgnoreQueryFilters().AnyAsync(cancellationToken);
        if (!empty)
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE months_in (LIKE \"PartnerSolutionMonths\") ON COMMIT DROP", cancellationToken);
        }
        await PgTextCopy.CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), $"COPY {(empty ? "\"PartnerSolutionMonths\"" : "months_in")} ({columns}) FROM STDIN", months, static (copy, month) =>
        {
            copy.Number(month.PartnerId);
            copy.Number(month.SolutionId);
            copy.Date(month.Month);
            foreach (var measure in Measures)
            {
                copy.Number(measure.Value(month));
            }
            copy.EndRow();
        }, cancellationToken);
        if (!empty)
        {
            var merge = $"INSERT INTO \"PartnerSolutionMonths\" ({columns}) SELECT {columns} FROM months_in {conflict}; DROP TABLE months_in;";
            await db.Database.ExecuteSqlRawAsync(merge, cancellationToken);
        }
    }

    /// <summary>Rebuilds the rollups of the given partners (all partners when null).</summary>
    public async Task RebuildAsync(IReadOnlyCollection<int>? partnerIds, CancellationToken cancellationToken = default)
    {
        var month = db.IsSqlite ? "date(substr(\"Date\",1,7) || '-01')" : "date_trunc('month', \"Date\")::date";
        var firstMonth = db.IsSqlite ? "date(substr(MIN(\"Date\"),1,7) || '-01')" : "date_trunc('month', MIN(\"Date\"))::date";
        string Scope(string alias) => partnerIds is null ? "1=1" : $"{alias}\"PartnerId\" IN ({string.Join(",", partnerIds)})";
        if (partnerIds is { Count: 0 })
        {
            return;
        }
        var sql = $"""
            DELETE FROM "PartnerSolutionMonths" WHERE {Scope("")};
            INSERT INTO "PartnerSolutionMonths" ("PartnerId","SolutionId","Month","WonNew","WonUpsell","WonRenewal","WonRecurring","LostNewOrUpsell","NewCustomers",
                "ProductRevenue","NewOrUpsellProductRevenue","ProductMarginIncome","ServicesRevenue","RecurringRevenue","SeatsOfNewDeals",
                "CostCertification","CostTraining","CostPresales","CostMarketing","CostOther",
                "HoursCertification","HoursTraining","HoursPresales","HoursMarketing","HoursOther")
            SELECT k."PartnerId", k."SolutionId", k."Month",
                COALESCE(d."WonNew",0), COALESCE(d."WonUpsell",0), COALESCE(d."WonRenewal",0), COALESCE(d."WonRecurring",0), COALESCE(d."Lost",0), COALESCE(n."NewCustomers",0),
                COALESCE(d."ProductRevenue",0), COALESCE(d."NewOrUpsellRevenue",0), COALESCE(d."MarginIncome",0), COALESCE(d."ServicesRevenue",0), COALESCE(d."RecurringRevenue",0), COALESCE(d."Seats",0),
                COALESCE(c."Certification",0), COALESCE(c."Training",0), COALESCE(c."Presales",0), COALESCE(c."Marketing",0), COALESCE(c."Other",0),
                COALESCE(c."HCertification",0), COALESCE(c."HTraining",0), COALESCE(c."HPresales",0), COALESCE(c."HMarketing",0), COALESCE(c."HOther",0)
            FROM (
                SELECT "PartnerId","SolutionId",{month} AS "Month" FROM "Deals" WHERE {Scope("")}
                UNION
                SELECT "PartnerId","SolutionId",{month} FROM "PartnerCosts" WHERE {Scope("")}
            ) k
            LEFT JOIN (
                SELECT "PartnerId","SolutionId",{month} AS "Month",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='New' THEN 1 ELSE 0 END) AS "WonNew",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='Upsell' THEN 1 ELSE 0 END) AS "WonUpsell",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='Renewal' THEN 1 ELSE 0 END) AS "WonRenewal",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='Recurring' THEN 1 ELSE 0 END) AS "WonRecurring",
                    SUM(CASE WHEN "Status"='Lost' AND "Type" IN ('New','Upsell') THEN 1 ELSE 0 END) AS "Lost",
                    SUM(CASE WHEN "Status"='Won' THEN "ProductRevenue" ELSE 0 END) AS "ProductRevenue",
                    SUM(CASE WHEN "Status"='Won' AND "Type" IN ('New','Upsell') THEN "ProductRevenue" ELSE 0 END) AS "NewOrUpsellRevenue",
                    SUM(CASE WHEN "Status"='Won' THEN "ProductRevenue" * "PartnerMargin" ELSE 0 END) AS "MarginIncome",
                    SUM(CASE WHEN "Status"='Won' THEN "ServicesRevenue" ELSE 0 END) AS "ServicesRevenue",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='Recurring' THEN "ProductRevenue" ELSE 0 END) AS "RecurringRevenue",
                    SUM(CASE WHEN "Status"='Won' AND "Type"='New' THEN "Seats" ELSE 0 END) AS "Seats"
                FROM "Deals" WHERE {Scope("")}
                GROUP BY "PartnerId","SolutionId",{month}
            ) d ON d."PartnerId"=k."PartnerId" AND d."SolutionId"=k."SolutionId" AND d."Month"=k."Month"
            LEFT JOIN (
                SELECT "PartnerId","SolutionId","Month", COUNT(*) AS "NewCustomers" FROM (
                    SELECT "PartnerId","SolutionId","CustomerId",{firstMonth} AS "Month"
                    FROM "Deals" WHERE "Status"='Won' AND "Type"='New' AND {Scope("")}
                    GROUP BY "PartnerId","SolutionId","CustomerId"
                ) f GROUP BY "PartnerId","SolutionId","Month"
            ) n ON n."PartnerId"=k."PartnerId" AND n."SolutionId"=k."SolutionId" AND n."Month"=k."Month"
            LEFT JOIN (
                SELECT "PartnerId","SolutionId",{month} AS "Month",
                    SUM(CASE WHEN "Category"='Certification' THEN "Amount" ELSE 0 END) AS "Certification",
                    SUM(CASE WHEN "Category"='Training' THEN "Amount" ELSE 0 END) AS "Training",
                    SUM(CASE WHEN "Category"='Presales' THEN "Amount" ELSE 0 END) AS "Presales",
                    SUM(CASE WHEN "Category"='Marketing' THEN "Amount" ELSE 0 END) AS "Marketing",
                    SUM(CASE WHEN "Category"='Other' THEN "Amount" ELSE 0 END) AS "Other",
                    SUM(CASE WHEN "Category"='Certification' THEN COALESCE("Hours",0) ELSE 0 END) AS "HCertification",
                    SUM(CASE WHEN "Category"='Training' THEN COALESCE("Hours",0) ELSE 0 END) AS "HTraining",
                    SUM(CASE WHEN "Category"='Presales' THEN COALESCE("Hours",0) ELSE 0 END) AS "HPresales",
                    SUM(CASE WHEN "Category"='Marketing' THEN COALESCE("Hours",0) ELSE 0 END) AS "HMarketing",
                    SUM(CASE WHEN "Category"='Other' THEN COALESCE("Hours",0) ELSE 0 END) AS "HOther"
                FROM "PartnerCosts" WHERE {Scope("")}
                GROUP BY "PartnerId","SolutionId",{month}
            ) c ON c."PartnerId"=k."PartnerId" AND c."SolutionId"=k."SolutionId" AND c."Month"=k."Month";
            DELETE FROM "RepeatNewCustomerMonths" WHERE {Scope("")};
            INSERT INTO "RepeatNewCustomerMonths" ("PartnerId","SolutionId","CustomerId","Month")
            SELECT DISTINCT d."PartnerId", d."SolutionId", d."CustomerId", {month}
            FROM "Deals" d
            JOIN (
                SELECT "PartnerId","SolutionId","CustomerId" FROM "Deals"
                WHERE "Status"='Won' AND "Type"='New' AND {Scope("")}
                GROUP BY "PartnerId","SolutionId","CustomerId" HAVING COUNT(DISTINCT {month}) > 1
            ) r ON r."PartnerId"=d."PartnerId" AND r."SolutionId"=d."SolutionId" AND r."CustomerId"=d."CustomerId"
            WHERE d."Status"='Won' AND d."Type"='New';
            """;
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
