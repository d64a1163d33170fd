using SamePage.Data.Actuals;
using SamePage.Data.Demo;
using SamePage.Data.Planning;
using SamePage.Data.Values;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

/// <summary>The planning services over one context, with the perceived case taken from the planned inputs so the plan tests fix one baseline.</summary>
internal sealed class PlanningTestServices(SamePageDbContext db)
{
    public SamePageDbContext Db { get; } = db;
    public ValueModelStore Models { get; } = new(db);
    public MeasureService Measures => new(Db, Models);
    public PlanningService Planning => new(Db, Models, new ActualsService(Db, Models, new TargetStore(Db)), Measures, new NoSurveyEstimates(), new TargetStore(Db));
    public ContributionService Contribution => new(Db, Planning);

    public static async Task<TestDatabase> DemoAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.LoadDemoAsync();
        return database;
    }
}

/// <summary>No survey estimates: the perceived case equals the planned one.</summary>
internal sealed class NoSurveyEstimates : IPerceivedBaselineSource
{
    public Task<IReadOnlyDictionary<string, double>?> GetAsync(string solution, string segment, SamePage.Core.Values.CompiledValueModel model, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, double>?>(null);
}
