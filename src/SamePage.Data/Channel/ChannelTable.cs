using System.Globalization;
using Microsoft.Data.Sqlite;
using SamePage.Data.Entities;

namespace SamePage.Data.Channel;

/// <summary>How the bulk writer stores one kind of channel row: its table, columns and per-provider value writers.</summary>
internal sealed record ChannelTable<T>(
    string Name,
    IReadOnlyList<string> Columns,
    Func<T, int> PartnerOf,
    Action<RollupAccumulator, T> AddToRollups,
    Action<PgTextCopy, T> WriteText,
    Action<SqliteParameterCollection, T> Bind)
{
    public string ColumnList => string.Join(",", Columns.Select(c => $"\"{c}\""));
}

internal static class ChannelTables
{
    public static readonly ChannelTable<Deal> Deals = new(
        "Deals",
        ["ExternalId", "PartnerId", "SolutionId", "Date", "Type", "CustomerId", "ProductRevenue", "PartnerMargin", "ServicesRevenue", "Seats", "Status"],
        d => d.PartnerId,
        (rollups, d) => rollups.Add(d),
        (copy, d) =>
        {
            copy.Text(d.ExternalId);
            copy.Number(d.PartnerId);
            copy.Number(d.SolutionId);
            copy.Date(d.Date);
            copy.Text(EnumText(d.Type));
            copy.Text(d.CustomerId);
            copy.Number(d.ProductRevenue);
            copy.Number(d.PartnerMargin);
            copy.Number(d.ServicesRevenue);
            copy.Number(d.Seats);
            copy.Text(EnumText(d.Status));
            copy.EndRow();
        },
        (p, d) =>
        {
            p[0].Value = d.ExternalId;
            p[1].Value = d.PartnerId;
            p[2].Value = d.SolutionId;
            p[3].Value = SqliteDate(d.Date);
            p[4].Value = EnumText(d.Type);
            p[5].Value = d.CustomerId;
            p[6].Value = SqliteDecimal(d.ProductRevenue);
            p[7].Value = SqliteDecimal(d.PartnerMargin);
            p[8].Value = SqliteDecimal(d.ServicesRevenue);
            p[9].Value = d.Seats;
            p[10].Value = EnumText(d.Status);
        });

    public static readonly ChannelTable<PartnerCost> Costs = new(
        "PartnerCosts",
        ["ExternalId", "PartnerId", "SolutionId", "Date", "Category", "Amount", "Hours"],
        c => c.PartnerId,
        (rollups, c) => rollups.Add(c),
        (copy, c) =>
        {
            copy.Text(c.ExternalId);
            copy.Number(c.PartnerId);
            copy.Number(c.SolutionId);
            copy.Date(c.Date);
            copy.Text(EnumText(c.Category));
            copy.Number(c.Amount);
            copy.Number(c.Hours);
            copy.EndRow();
        },
        (p, c) =>
        {
            p[0].Value = c.ExternalId;
            p[1].Value = c.PartnerId;
            p[2].Value = c.SolutionId;
            p[3].Value = SqliteDate(c.Date);
            p[4].Value = EnumText(c.Category);
            p[5].Value = SqliteDecimal(c.Amount);
            p[6].Value = c.Hours is { } h ? SqliteDecimal(h) : DBNull.Value;
        });

    // EF Core stores these enums as their names (string conversion); Enum.ToString is cached per value.
    private static string EnumText<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString();

    // EF Core's SQLite provider stores decimals as invariant text and dates as yyyy-MM-dd; keep the same formats.
    private static string SqliteDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SqliteDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
