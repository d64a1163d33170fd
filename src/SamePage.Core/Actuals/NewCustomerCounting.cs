namespace SamePage.Core.Actuals;

/// <summary>How a monthly rollup counts new customers (see docs/import-formats.md, "Rollups").</summary>
public enum NewCustomerCounting
{
    /// <summary>
    /// Distinct customers with a won new deal in the month. Summing months over-counts a customer that wins new deals in
    /// two months of a window; the exact window count comes from <see cref="NewCustomerMonth"/> rows.
    /// </summary>
    DistinctPerMonth,

    /// <summary>
    /// A customer counts once, in the month of its first won new deal with the partner for the solution. Summing months
    /// never counts a customer twice; it misses a customer whose first new deal lies before the window and who wins
    /// another new deal inside it.
    /// </summary>
    FirstNewDealMonth,
}
