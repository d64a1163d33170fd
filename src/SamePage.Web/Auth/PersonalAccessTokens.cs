using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Auth;

/// <summary>Creates personal access tokens (shown once) and finds the user behind one by its SHA-256 hash.</summary>
public static class PersonalAccessTokens
{
    private const string Prefix = "sp_";

    public static async Task<string> CreateAsync(SamePageDbContext db, AppUser user, string name, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = user.Id,
            Name = name,
            TokenHash = Hash(token),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public static async Task<AppUser?> FindUserAsync(SamePageDbContext db, string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }
        var hash = Hash(token);
        var row = await db.PersonalAccessTokens.IgnoreQueryFilters().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, cancellationToken);
        return row?.User;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
