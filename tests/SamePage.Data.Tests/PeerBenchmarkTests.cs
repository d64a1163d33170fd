using Microsoft.EntityFrameworkCore;
using SamePage.Data.Actuals;
using SamePage.TestSupport;

namespace SamePage.Data.Tests;

/// <summary>PeerBenchmarks bypasses isolation on purpose; its threshold counts the partners besides the viewer.</summary>
public sealed class PeerBenchmarkTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Peer_figures_appear_only_with_at_least_the_threshold_of_other_partners(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.LoadDemoAsync();
        int partners;
        await using (var db = database.CreateContext())
        {
            // Partners of the segment with figures for the solution: the ones the summary counts.
            partners = (await new ActualsService(db, new Values.ValueModelStore(db), new Values.TargetStore(db)).ComputeAsync(new ActualsQuery("Nordlicht Backup") { Segment = "MSP" })).Summary.Partners;
            Assert.True(partners > 6, $"{partners} MSP partners");
        }
        var peers = new PeerBenchmarks(SamePageDatabase.Options(database.Target));

        async Task<bool> ShownWithThresholdAsync(int threshold)
        {
            await using (var db = database.CreateContext())
            {
                await db.VendorSettings.ExecuteUpdateAsync(s => s.SetProperty(v => v.AnonymityThreshold, threshold));
            }
            var summary = await peers.RealizedProfitAsync("Nordlicht Backup", "MSP");
            Assert.True(summary is null || summary.Partners == partners);
            return summary is not null;
        }

        // The viewer is one of them: with N partners the others are N − 1.
        Assert.True(await ShownWithThresholdAsync(partners - 1));
        Assert.False(await ShownWithThresholdAsync(partners));
        Assert.False(await ShownWithThresholdAsync(partners + 1));
        // A segment with no partners never shows anything.
        Assert.Null(await peers.RealizedProfitAsync("Nordlicht Backup", "NoSuchSegment"));
    }
}
