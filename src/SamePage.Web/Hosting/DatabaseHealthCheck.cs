using Microsoft.Extensions.Diagnostics.HealthChecks;
using SamePage.Data;

namespace SamePage.Web.Hosting;

/// <summary>Ready when the database answers.</summary>
public sealed class DatabaseHealthCheck(SamePageDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}
