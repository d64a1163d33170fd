using SamePage.Data.Actuals;
using SamePage.Data.Demo;
using SamePage.Data.Planning;
using SamePage.Data.Values;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

/// <summary>The planning services over one context, as the web app wires them (no survey estimates yet).</summary>
internal sealed class PlanningTestServices(SamePageDbContext db)
{
    public SamePageDbContext Db { get; } = db;
    public ValueModelStore Models { get; } = new(db);
    public MeasureService Measures => new(Db, Models);
    public PlanningService Planning => new(Db, Models, new ActualsService(Db, Models), Measures, new PlannedPerceivedBaseline());
    public ContributionService Contribution => new(Db, Planning);

    public static async Task<TestDatabase> DemoAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var seed = database.CreateContext();
        await new DemoLoader(seed).LoadAsync(DemoSize.Small, 42, parts: DemoParts.All());
        return database;
    }
}
