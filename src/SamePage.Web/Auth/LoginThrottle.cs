using Microsoft.Extensions.Caching.Memory;

namespace SamePage.Web.Auth;

/// <summary>
/// Per-address back-off for sign-in: after <see cref="MaxFailures"/> failed attempts within <see cref="Window"/> an
/// address is refused until the window has passed since its last failure. Per account, Identity's lock-out throttles
/// (10 failures, 5 minutes) without touching the account's API tokens. Kept per node, in memory; off with the rate limits.
/// </summary>
public sealed class LoginThrottle(IMemoryCache cache, Hosting.WebAppOptions options)
{
    public const int MaxFailures = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public bool IsBlocked(string? address) => options.EnableRateLimiting && cache.TryGetValue(Key(address), out int failures) && failures >= MaxFailures;

    public void Failed(string? address)
    {
        var key = Key(address);
        cache.Set(key, (cache.TryGetValue(key, out int failures) ? failures : 0) + 1, new MemoryCacheEntryOptions { SlidingExpiration = Window });
    }

    private static string Key(string? address) => "login-failures:" + (address ?? "unknown");
}
