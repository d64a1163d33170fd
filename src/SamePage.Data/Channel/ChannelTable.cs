using SamePage.Data.Entities;

namespace SamePage.Data.Channel;

/// <summary>How the bulk writer stores one kind of channel row: its table, columns and per-provider value writers.</summary>
internal sealed record ChannelTable<T>(
    string Name,
    IReadOnlyList<string> Columns,
    Func<T, string> ExternalIdOf,
    Func<T, int> PartnerOf,
    Action<RollupAccumulator, T> AddToRollups,
    Action<PgTextCopy, T> WriteText,
    Action<SqliteStatement, T> Bind)
{
    public string ColumnList => string.Join(",", Columns.Select(c => $"\"{c}\""));
}

internal static class ChannelTables
{
    public static readonly ChannelTable<Deal> Deals = new(
        "Deals",
        ["ExternalId", "PartnerId", "SolutionId", "Date", "Type", "CustomerId", "ProductRevenue", "PartnerMargin", "ServicesRevenue", "Seats", "Status"],
        d => d.ExternalId,
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
            p.Text(1, d.ExternalId);
            p.Integer(2, d.PartnerId);
            p.Integer(3, d.SolutionId);
            p.Date(4, d.Date);
            p.Text(5, EnumText(d.Type));
            p.Text(6, d.CustomerId);
            p.Decimal(7, d.ProductRevenue);
            p.Decimal(8, d.PartnerMargin);
            p.Decimal(9, d.ServicesRevenue);
            p.Integer(10, d.Seats);
            p.Text(11, EnumText(d.Status));
        });

    public static readonly ChannelTable<PartnerCost> Costs = new(
        "PartnerCosts",
        ["ExternalId", "PartnerId", "SolutionId", "Date", "Category", "Amount", "Hours"],
        c => c.ExternalId,
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
            p.Text(1, c.ExternalId);
            p.Integer(2, c.PartnerId);
            p.Integer(3, c.SolutionId);
            p.Date(4, c.Date);
            p.Text(5, EnumText(c.Category));
            p.Decimal(6, c.Amount);
            p.Decimal(7, c.Hours);
        });

    // EF Core stores these enums as their names (string conversion); Enum.ToString is cached per value.
    private static string EnumText<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString();
}
