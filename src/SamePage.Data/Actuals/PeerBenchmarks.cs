using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Data.Values;

namespace SamePage.Data.Actuals;

/// <summary>
/// Peer comparisons for partner users: aggregates over all partners of a segment, computed with vendor rights
/// in a separate context, and returned only when they cover at least the anonymity threshold of partners besides the
/// viewer (who can subtract its own figures). Only the summary leaves this class, never a partner's own row; the only
/// filters are the solution and the partner's own segment, so no two peer views differ by a small group.
/// </summary>
public sealed class PeerBenchmarks(DbContextOptions<SamePageDbContext> options)
{
    public async Task<ActualsSummary?> RealizedProfitAsync(string solution, string segment, CancellationToken cancellationToken = default)
    {
        await using var vendor = new SamePageDbContext(options, new FixedActor(RequestActor.System));
        var threshold = await vendor.VendorSettings.OrderBy(v => v.Id).Select(v => (int?)v.AnonymityThreshold).FirstOrDefaultAsync(cancellationToken) ?? 5;
        var report = await new ActualsService(vendor, new ValueModelStore(vendor), new TargetStore(vendor)).ComputeAsync(new ActualsQuery(solution) { Segment = segment }, cancellationToken);
        return report.Summary.Partners - 1 >= threshold ? report.Summary : null;
    }
}
