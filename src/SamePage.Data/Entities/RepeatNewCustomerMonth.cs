namespace SamePage.Data.Entities;

/// <summary>
/// A month with a won new deal of a customer that has won new deals with the partner for the solution in more than one
/// month. The rollups count each customer in the month of its first won new deal; these rows add the customers whose
/// first new deal lies before a window and who win another one inside it, so distinct new customers over any window are
/// exact (docs/decisions/0005). Most customers buy "new" once, so the table stays small.
/// </summary>
public sealed class RepeatNewCustomerMonth
{
    public int PartnerId { get; set; }
    public int SolutionId { get; set; }
    public required string CustomerId { get; set; }
    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }
}
