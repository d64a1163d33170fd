using SamePage.Data;

namespace SamePage.Web.Hosting;

public sealed record WebAppOptions(DatabaseTarget Database)
{
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>Apply migrations on start (always for SQLite; PostgreSQL only when asked).</summary>
    public bool Migrate { get; init; }
    public string EnvironmentName { get; init; } = "Production";
    public bool EnableRateLimiting { get; init; } = true;
    /// <summary>Keep the cockpit cache warm in the background (off in tests and one-shot CLI commands).</summary>
    public bool WarmCaches { get; init; }
}
