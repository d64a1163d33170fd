using Microsoft.EntityFrameworkCore;
using SamePage.Core.Planning;
using SamePage.Data.Entities;
using SamePage.Data.Planning;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Planning;

public sealed class MeasureServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_read_update_status_and_delete_keep_effects_and_links(string provider)
    {
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var services = new PlanningTestServices(db);
        const string effects = """[{"input":"recurringMargin","mode":"absolute","low":0.01,"likely":0.02,"high":0.03,"target":"factual"},{"input":"monthlyChurn","mode":"relative","likely":-0.1,"target":"perceived"}]""";
        var first = await services.Measures.CreateAsync(new MeasureInput
        {
            Name = "Test margin", Instrument = "pricing / margin", Owner = "Finance", Solution = "Nordlicht Backup", Segments = ["MSP"],
            CostOneOff = 1_000, CostPerMonth = 500, StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2027, 12, 31),
            Status = MeasureStatus.Idea, EffectsJson = effects,
        });
        Assert.Equal("Pricing / margin", first.Instrument);
        Assert.Equal("Finance", first.Owner);
        // 1,000 + 500 × 12 months.
        Assert.Equal(7_000, first.VendorCost);
        Assert.Equal(new MeasureEffect("recurringMargin", EffectMode.Absolute, 0.01, 0.02, 0.03, EffectTarget.Factual), first.Effects[0]);
        // low and high default to likely.
        Assert.Equal(new MeasureEffect("monthlyChurn", EffectMode.Relative, -0.1, -0.1, -0.1, EffectTarget.Perceived), first.Effects[1]);

        await using (var fresh = database.CreateContext())
        {
            var stored = await fresh.Measures.SingleAsync(m => m.Id == first.Id);
            var again = MeasureEffectsJson.Parse(stored.EffectsJson);
            Assert.Equal(first.Effects, again);
            Assert.Equal(["MSP"], stored.Segments);
        }

        var second = await services.Measures.CreateAsync(new MeasureInput
        {
            Name = "Test rebate", Instrument = "Incentive / rebate", Solution = "Nordlicht Backup", StartDate = new DateOnly(2027, 1, 1),
            EndDate = new DateOnly(2027, 6, 30), EffectsJson = "[]", DependsOn = [first.Id],
        });
        Assert.Equal([first.Id], second.DependsOn);
        Assert.Equal(MeasureView.Key(first.Id), second.ToDefinition().DependsOn.Single());

        var updated = await services.Measures.UpdateAsync(first.Id, new MeasureInput { CostPerMonth = 1_000, Excludes = [] });
        Assert.Equal(1_000m, updated!.CostPerMonth);
        Assert.Equal("Test margin", updated.Name);
        var running = await services.Measures.SetStatusAsync(first.Id, MeasureStatus.Running);
        Assert.Equal(MeasureStatus.Running, running!.Status);

        Assert.True(await services.Measures.DeleteAsync(first.Id));
        Assert.Null(await services.Measures.GetAsync(first.Id));
        Assert.Empty((await services.Measures.GetAsync(second.Id))!.DependsOn);
        Assert.False(await services.Measures.DeleteAsync(first.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_input_names_each_field_and_saves_nothing(string provider)
    {
        await using var database = await PlanningTestServices.DemoAsync(provider);
        await using var db = database.CreateContext();
        var services = new PlanningTestServices(db);
        var before = await db.Measures.CountAsync();
        var other = await db.Measures.Where(m => m.Solution!.Name == "Nordlicht Secure Mail").Select(m => m.Id).FirstAsync();

        var error = await Assert.ThrowsAsync<MeasureValidationException>(() => services.Measures.CreateAsync(new MeasureInput
        {
            Name = " ", Instrument = "Lottery", Owner = "Nobody", Solution = "Nordlicht Backup", Segments = ["MSP"],
            CostOneOff = -5, StartDate = new DateOnly(2027, 6, 1), EndDate = new DateOnly(2027, 1, 1),
            EffectsJson = """[{"input":"partnerHappiness","mode":"absolute","likely":1,"target":"factual"}]""",
            DependsOn = [other, 999_999],
        }));
        Assert.Equal(["costOneOff", "dependsOn", "effects", "endDate", "instrument", "name", "owner"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("partnerHappiness", error.Errors["effects"][0], StringComparison.Ordinal);
        Assert.Contains(error.Errors["dependsOn"], m => m.Contains("another solution", StringComparison.Ordinal));
        Assert.Contains(error.Errors["dependsOn"], m => m.Contains("999999", StringComparison.Ordinal));

        var badJson = await Assert.ThrowsAsync<MeasureValidationException>(() => services.Measures.CreateAsync(new MeasureInput
        {
            Name = "Bad", Instrument = "MDF", Solution = "Nordlicht Backup", StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2027, 2, 1),
            EffectsJson = """[{"input":"recurringMargin","mode":"percent","likely":1,"target":"factual"}]""",
        }));
        Assert.StartsWith("$[0].mode", badJson.Errors["effects"][0], StringComparison.Ordinal);
        Assert.Equal(before, await db.Measures.CountAsync());
    }
}
