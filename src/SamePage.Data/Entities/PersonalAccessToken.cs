namespace SamePage.Data.Entities;

/// <summary>An API token; only its SHA-256 hash is stored, the token itself is shown once.</summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>After this moment the token no longer authenticates; null = until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
