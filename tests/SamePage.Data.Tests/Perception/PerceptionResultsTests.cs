using Microsoft.EntityFrameworkCore;
using SamePage.Core.Perception;
using SamePage.Data.Demo;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Perception;

public sealed class PerceptionResultsTests
{
    private static readonly FactualValues s_factual = new(
        new Dictionary<string, double> { ["M1"] = 1000 },
        new Dictionary<string, IReadOnlyList<double>> { ["deals"] = [2, 2, 2] });

    private static async Task<int> WaveWithResponsesAsync(TestDatabase database, IReadOnlyDictionary<string, int> partners, int count)
    {
        await using var db = database.CreateContext();
        var service = new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db));
        var wave = await service.CreateWaveAsync(SurveyFixture.Solution, null, "Wave", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        await service.OpenAsync(wave.Id);
        foreach (var (id, index) in new[] { "M1", "M2", "M3", "M4", "M5", "M6" }.Take(count).Select((id, i) => (id, i)))
        {
            db.SurveyResponses.Add(new SurveyResponse
            {
                WaveId = wave.Id,
                PartnerId = partners[id],
                ExternalId = id,
                AnswersJson = SurveyJson.WriteAnswers([new("est.deals", 1 + index), new("nps", 10 - index)]),
                Submitted = true,
            });
        }

        await db.SaveChangesAsync();
        return wave.Id;
    }

    private static PerceptionResults Results(TestDatabase database, SamePageDbContext db) =>
        new(db, SamePageDatabase.Options(database.Target), new StoredFactualValueSource(s_factual));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Results_aggregate_submitted_responses_against_the_factual_values(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var partners = await SurveyFixture.SeedAsync(database);
        var waveId = await WaveWithResponsesAsync(database, partners, 6);
        await using var db = database.CreateContext();

        var view = (await Results(database, db).ForWaveAsync(waveId))!;

        Assert.False(view.Hidden);
        Assert.Equal(6, view.Report.Respondents);
        // Estimates 1..6: median 3.5 vs observed 2 → +75 %, an over-promise.
        var gap = Assert.Single(view.Report.Gaps);
        Assert.Equal(0.75, gap.RelativeGap!.Value, 9);
        Assert.Equal(GapClassification.OverPromise, gap.Classification);
        // NPS answers 10, 9, 8, 7, 6, 5: 2 promoters, 2 detractors → 0.
        Assert.Equal(0, view.Report.Nps!.Score, 9);
        // Planned npv 12 · 2 · 500 · 0.2 = 2400; perceived median 12 · 3.5 · 100 = 4200.
        Assert.Equal(2400, view.Report.Npv.Planned, 6);
        Assert.Equal(4200, view.Report.Npv.PerceivedMedian!.Value, 6);
        Assert.Equal(1000, view.Report.Npv.FactualMedian!.Value, 6);
        Assert.Equal(1200 - 1000, Assert.Single(view.PartnerGaps).Gap, 6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fewer_than_five_respondents_are_shown_only_to_admins_and_partners_see_peer_aggregates_only(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var partners = await SurveyFixture.SeedAsync(database);
        var small = await WaveWithResponsesAsync(database, partners, 4);

        await using (var vendor = database.CreateContext(new RequestActor { UserName = "manager" }))
        {
            var view = (await Results(database, vendor).ForWaveAsync(small))!;
            Assert.True(view.Hidden);
            Assert.Equal(4, view.Report.Respondents);
            Assert.Empty(view.Report.Questions);
            Assert.Null(view.Report.Nps);
            Assert.Empty(view.Report.Gaps);
            Assert.Null(view.Report.Npv.PerceivedMedian);
        }

        await using (var admin = database.CreateContext(new RequestActor { UserName = "admin", IsAdmin = true }))
        {
            var view = (await Results(database, admin).ForWaveAsync(small))!;
            Assert.False(view.Hidden);
            Assert.Equal(4, view.Report.Nps!.N);
        }

        var large = await WaveWithResponsesAsync(database, partners, 6);
        await using var partner = database.CreateContext(RequestActor.ForPartner("m2", partners["M2"]));
        var peer = (await Results(database, partner).ForWaveAsync(large))!;
        Assert.False(peer.Hidden);
        Assert.Equal(6, peer.Report.Nps!.N);
        Assert.Empty(peer.PartnerGaps);
        Assert.Null(peer.Report.Npv.FactualMedian);
        Assert.Equal([new SurveyAnswer("est.deals", 2), new SurveyAnswer("nps", 9)], peer.OwnAnswers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_surveys_show_a_blind_spot_and_an_over_promise_for_every_solution(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.LoadDemoAsync();

        await using var db = database.CreateContext();
        var results = new PerceptionResults(db, SamePageDatabase.Options(database.Target), new ActualsFactualValueSource(new SamePage.Data.Actuals.ActualsService(db, new SamePage.Data.Values.ValueModelStore(db), new SamePage.Data.Values.TargetStore(db))));
        var solutions = await db.Solutions.Select(s => s.Name).ToListAsync();
        Assert.Equal(3, solutions.Count);
        foreach (var solution in solutions)
        {
            var waves = await db.SurveyWaves.Where(w => w.Solution!.Name == solution).ToListAsync();
            Assert.Equal([SurveyWaveStatus.Closed, SurveyWaveStatus.Open], waves.OrderBy(w => w.OpensOn).Select(w => w.Status));
            foreach (var wave in waves)
            {
                var view = (await results.ForWaveAsync(wave.Id))!;
                Assert.False(view.Hidden);
                Assert.True(view.Report.Respondents >= 5, $"{wave.Name}: {view.Report.Respondents} respondents");
                Assert.Contains(view.Report.Gaps, g => g.Classification == GapClassification.BlindSpot);
                Assert.Contains(view.Report.Gaps, g => g.Classification == GapClassification.OverPromise);
                Assert.NotEmpty(view.TalkingPoints);
                Assert.NotNull(view.Report.Npv.FactualMedian);
            }
        }
    }
}
