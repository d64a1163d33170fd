using Microsoft.EntityFrameworkCore;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Values;

namespace SamePage.Data.Demo;

/// <summary>The three demo value models and a target per solution and segment.</summary>
public sealed class DemoModelsPart(ValueModelStore store) : IDemoPart
{
    public string Name => "value models and targets";

    public async Task LoadAsync(SamePageDbContext db, int seed, CancellationToken cancellationToken)
    {
        foreach (var name in DemoValueModels.Names)
        {
            var stored = await store.SaveAsync(DemoValueModels.ReadJson(name), "Demo model", cancellationToken);
            var planned = stored.Document.Target?.Npv ?? 0;
            db.Targets.Add(new Target
            {
                SolutionId = stored.Entity.SolutionId,
                Segment = stored.Entity.Segment,
                DueDate = new DateOnly(2027, 6, 30),
                FactualNpv = (decimal)planned,
                PerceivedNpv = (decimal)planned,
                PerceivedOverall = 8m,
                // The demo vendor shares the MSP target with its partners and keeps the others internal.
                SharedWithPartners = name == DemoValueModels.NordlichtBackupMsp,
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
