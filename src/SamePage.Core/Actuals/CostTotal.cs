namespace SamePage.Core.Actuals;

/// <summary>The sum of cost amounts and hours of one category (hours count 0 where a row has none).</summary>
public sealed record CostTotal(decimal Amount, decimal Hours)
{
    public static CostTotal Zero { get; } = new(0m, 0m);

    public static CostTotal operator +(CostTotal left, CostTotal right) => new(left.Amount + right.Amount, left.Hours + right.Hours);

    public static CostTotal operator -(CostTotal left, CostTotal right) => new(left.Amount - right.Amount, left.Hours - right.Hours);
}
