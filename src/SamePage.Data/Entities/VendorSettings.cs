namespace SamePage.Data.Entities;

/// <summary>The one vendor this installation serves, and its defaults.</summary>
public sealed class VendorSettings
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Currency { get; set; } = "EUR";
    /// <summary>Fewest partners (or respondents) an aggregate may cover before it is shown to anyone but admins.</summary>
    public int AnonymityThreshold { get; set; } = 5;
}
