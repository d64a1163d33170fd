namespace SamePage.Data.Entities;

/// <summary>A vendor's own driver-library entry (the shipped entries live in SamePage.Core); the entry itself is JSON.</summary>
public sealed class DriverLibraryEntry
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Json { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
