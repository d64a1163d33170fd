using System.Globalization;
using SamePage.Web.Hosting;

namespace SamePage.Web.Cockpit;

/// <summary>
/// Rebuilds the cockpit cards in the background before they expire, in both UI languages, so that no user pays
/// for the aggregation over a large partner base (2.3 s cold vs ~20 ms warm on 20,000 partners).
/// </summary>
public sealed class CockpitWarmer(IServiceScopeFactory scopes, ILogger<CockpitWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CockpitService.CacheFor - TimeSpan.FromMinutes(1));
        do
        {
            foreach (var culture in SamePageWebApp.Cultures)
            {
                try
                {
                    CultureInfo.CurrentUICulture = culture;
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CockpitService>().CardsAsync(stoppingToken, refresh: true);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database that is not reachable yet (or not migrated) only delays warming.
                    logger.LogWarning(e, "Cockpit cache not warmed");
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
