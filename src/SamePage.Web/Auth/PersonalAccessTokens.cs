using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Auth;

/// <summary>A token as its owner and admins see it: never the token itself.</summary>
public sealed record TokenSummary(int Id, string Name, string User, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>Creates personal access tokens (shown once), lists and revokes them, and finds the user behind one by its SHA-256 hash.</summary>
public static class PersonalAccessTokens
{
    /// <summary>Last use is written at most this often, so a busy integration does not write on every request.</summary>
    private static readonly TimeSpan s_lastUsedResolution = TimeSpan.FromMinutes(1);

    private const string Prefix = "sp_";

    /// <summary>Longest lifetime a token can be given, in days (ten years); without one it lives until revoked.</summary>
    public const int MaxLifetimeDays = 3650;

    /// <summary>Creates a token; returns its id and the token, which is not stored and cannot be shown again.</summary>
    public static async Task<(int Id, string Token)> CreateAsync(SamePageDbContext db, AppUser user, string name, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var row = new PersonalAccessToken
        {
            UserId = user.Id,
            Name = name,
            TokenHash = Hash(token),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = expiresAt,
        };
        db.PersonalAccessTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (row.Id, token);
    }

    public static async Task<AppUser?> FindUserAsync(SamePageDbContext db, string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }
        var hash = Hash(token);
        var now = DateTimeOffset.UtcNow;
        var row = await db.PersonalAccessTokens.IgnoreQueryFilters().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), cancellationToken);
        if (row is not null && (row.LastUsedAt is not { } used || now - used > s_lastUsedResolution))
        {
            await db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.Id == row.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }
        return row?.User;
    }

    /// <summary>The tokens of <paramref name="userId"/>, or of everyone when it is null (admins), newest first.</summary>
    public static async Task<IReadOnlyList<TokenSummary>> ListAsync(SamePageDbContext db, string? userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.PersonalAccessTokens.IgnoreQueryFilters().AsNoTracking()
            .Where(t => userId == null || t.UserId == userId)
            .Select(t => new { t.Id, t.Name, User = t.User!.Email, t.CreatedAt, t.LastUsedAt, t.ExpiresAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => new TokenSummary(t.Id, t.Name, t.User ?? "", t.CreatedAt, t.LastUsedAt, t.ExpiresAt, t.RevokedAt))];
    }

    /// <summary>
    /// Revokes token <paramref name="id"/> when it belongs to <paramref name="userId"/> (or to anyone, for admins:
    /// <paramref name="userId"/> null); false when there is no such token for the caller. Revoking twice keeps the first date.
    /// </summary>
    public static async Task<bool> RevokeAsync(SamePageDbContext db, int id, string? userId, CancellationToken cancellationToken = default)
    {
        var token = await db.PersonalAccessTokens.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.Id == id && (userId == null || t.UserId == userId), cancellationToken);
        if (token is null)
        {
            return false;
        }
        token.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
