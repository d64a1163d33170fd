namespace SamePage.Data.Entities;

/// <summary>Who changed what and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>Changed properties as JSON {name: [old, new]} or a summary for bulk work.</summary>
    public string? Changes { get; set; }
}
