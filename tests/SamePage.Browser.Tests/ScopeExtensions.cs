using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;

namespace SamePage.Browser.Tests;

internal static class ScopeExtensions
{
    public static AsyncServiceScope CreateAsyncScopeForTests(this IServiceProvider services) => services.CreateAsyncScope();

    /// <summary>The own partner's name and every other partner's name, read with vendor rights.</summary>
    public static async Task<(string Own, List<string> Others)> PartnerNamesAsync(this AsyncServiceScope scope, string ownExternalId)
    {
        var db = scope.ServiceProvider.GetRequiredService<SamePageDbContext>();
        var all = await db.Partners.IgnoreQueryFilters().Select(p => new { p.ExternalId, p.Name }).ToListAsync();
        var own = all.Single(p => p.ExternalId == ownExternalId).Name;
        return (own, all.Where(p => p.ExternalId != ownExternalId && p.Name != own).Select(p => p.Name).ToList());
    }
}
