using Microsoft.EntityFrameworkCore;
using SamePage.Data.Channel;
using SamePage.Data.Entities;

namespace SamePage.Data.Demo;

public enum DemoSize
{
    Small,
    Large,
}

/// <summary>A step of the demo load, for progress bars: stage name, rows done, rows expected (estimate).</summary>
public sealed record DemoProgress(string Stage, long Done, long Expected);

/// <summary>Fills an empty database with the Nordlicht demo in one transaction: partners, deals and costs, then its <paramref name="parts"/>.</summary>
public sealed class DemoLoader(SamePageDbContext db, IEnumerable<IDemoPart> parts)
{
    public sealed record Result(int Partners, long Deals, long Costs);

    public static int PartnerCount(DemoSize size) => size == DemoSize.Large ? 20_000 : 200;

    /// <summary>Deal volume factor: the large demo thins deal rates so 20,000 partners give about 2 million deals.</summary>
    private static double Volume(DemoSize size) => size == DemoSize.Large ? 0.55 : 1.0;

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Partners.IgnoreQueryFilters().AnyAsync(cancellationToken) && !await db.Solutions.AnyAsync(cancellationToken);

    public async Task<Result> LoadAsync(DemoSize size, int seed, IProgress<DemoProgress>? progress = null, IEnumerable<IDemoPart>? moreParts = null, CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already has data; the demo only fills an empty database.");
        }
        db.SuppressRowAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        db.VendorSettings.Add(new VendorSettings { Name = DemoCatalog.VendorName });
        var solutions = DemoCatalog.Solutions();
        db.Solutions.AddRange(solutions);
        db.Participants.AddRange(DemoCatalog.Participants());
        db.Instruments.AddRange(DemoCatalog.Instruments());
        await db.SaveChangesAsync(cancellationToken);

        var count = PartnerCount(size);
        var partners = DemoPartners.Generate(count, seed).ToList();
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        progress?.Report(new DemoProgress("partners", count, count));

        var generator = new DemoDeals(solutions.ToDictionary(s => s.Name, s => s.Id), Volume(size));
        var refs = partners.Select(p => new DemoDeals.PartnerRef(p.Id, p.ExternalId, p.Type)).ToList();
        var writer = new ChannelDataWriter(db);
        var expectedDeals = (long)(count * (size == DemoSize.Large ? 100 : 180));
        var deals = (await writer.UpsertDealsAsync(refs.SelectMany(p => generator.Deals(p, seed)),
            n => progress?.Report(new DemoProgress("deals", n, Math.Max(n, expectedDeals))), cancellationToken)).Rows;
        var costs = (await writer.UpsertCostsAsync(refs.SelectMany(p => generator.Costs(p, seed)),
            n => progress?.Report(new DemoProgress("partner costs", n, Math.Max(n, count * 40L))), cancellationToken)).Rows;

        db.ChangeTracker.AutoDetectChangesEnabled = true;
        foreach (var part in parts.Concat(moreParts ?? []))
        {
            progress?.Report(new DemoProgress(part.Name, 0, 1));
            await part.LoadAsync(db, seed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            progress?.Report(new DemoProgress(part.Name, 1, 1));
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            UserName = db.Actor.UserName,
            Action = "DemoLoaded",
            EntityType = "Database",
            Changes = $"{{\"size\":\"{size}\",\"seed\":{seed},\"partners\":{count},\"deals\":{deals},\"costs\":{costs}}}",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.SuppressRowAudit = false;
        return new Result(count, deals, costs);
    }
}

/// <summary>A further piece of demo data (value models, measures, communications, surveys) loaded in the same transaction.</summary>
public interface IDemoPart
{
    string Name { get; }

    Task LoadAsync(SamePageDbContext db, int seed, CancellationToken cancellationToken);
}
