namespace SamePage.Data.Entities;

public sealed class Solution
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Gross margin partners earn on services around this solution (realized-profit setting).</summary>
    public decimal ServicesGrossMargin { get; set; } = 0.45m;

    /// <summary>ISO code of the currency its deals are in; a mapped import converts other currencies only at a fixed rate.</summary>
    public string Currency { get; set; } = "EUR";
}
