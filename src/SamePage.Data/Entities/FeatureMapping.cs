namespace SamePage.Data.Entities;

/// <summary>A product feature phrase that feeds a value driver of a solution ("Deduplizierung" → serviceDelivery).</summary>
public sealed class FeatureMapping
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public required string Feature { get; set; }
    public required string DriverName { get; set; }
}
