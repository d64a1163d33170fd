using System.Text;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Perception;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Perception;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Perception;

public sealed class SurveyServiceTests
{
    private static TabularReader Csv(string text) => TabularReader.OpenCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static async Task<int> OpenWaveAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var service = new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db));
        var wave = await service.CreateWaveAsync(SurveyFixture.Solution, null, "Wave 1", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        await service.OpenAsync(wave.Id);
        return wave.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wave_is_generated_edited_as_a_draft_then_opened_and_closed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SurveyFixture.SeedAsync(database);
        await using var db = database.CreateContext();
        var service = new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db));

        var wave = await service.CreateWaveAsync(SurveyFixture.Solution, null, "Wave 1", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        Assert.Equal(SurveyWaveStatus.Draft, wave.Status);
        Assert.Equal(["MSP"], wave.Segments);
        var generated = SurveyJson.ReadQuestions(wave.QuestionsJson);
        Assert.Equal(["est.deals", "est.margin", "imp.income", "del.income", "overall", "nps", "rel.ease", "rel.communication", "rel.support", "comment"], generated.Select(q => q.Id));

        await service.MoveQuestionAsync(wave.Id, "nps", -5);
        await service.AddQuestionAsync(wave.Id, SurveyQuestion.Relationship("rel.portal", new LocalizedText("How useful is the portal?", "Wie nützlich ist das Portal?"), RelationshipAspect.Support));
        await service.RemoveQuestionAsync(wave.Id, "comment");
        var edited = SurveyJson.ReadQuestions((await service.FindWaveAsync(wave.Id))!.QuestionsJson);
        Assert.Equal("nps", edited[0].Id);
        Assert.Equal("rel.portal", edited[^1].Id);
        Assert.DoesNotContain(edited, q => q.Id == "comment");
        await Assert.ThrowsAsync<SurveyRuleException>(() => service.AddQuestionAsync(wave.Id, SurveyQuestion.Nps("nps", new LocalizedText("again", null))));

        await service.OpenAsync(wave.Id);
        await Assert.ThrowsAsync<SurveyRuleException>(() => service.MoveQuestionAsync(wave.Id, "nps", 1));
        await Assert.ThrowsAsync<SurveyRuleException>(() => service.OpenAsync(wave.Id));
        await service.CloseAsync(wave.Id);
        await Assert.ThrowsAsync<SurveyRuleException>(() => service.CloseAsync(wave.Id));
        await Assert.ThrowsAsync<SurveyRuleException>(() => service.CreateWaveAsync(SurveyFixture.Solution, null, "Backwards", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 1)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_user_keeps_one_response_per_wave_editable_until_close(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var partners = await SurveyFixture.SeedAsync(database);
        var waveId = await OpenWaveAsync(database);

        await using (var db = database.CreateContext(RequestActor.ForPartner("m1", partners["M1"])))
        {
            var service = new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db));
            var (draft, errors) = await service.SaveResponseAsync(waveId, "user-m1", [new("est.deals", 3)], submit: false);
            Assert.Empty(errors);
            Assert.False(draft!.Submitted);
            var (_, invalid) = await service.SaveResponseAsync(waveId, "user-m1", [new("nps", 11), new("est.margin", 1.5)], submit: false);
            Assert.Equal(["est.margin", "nps"], invalid.Keys.Order());
            var (submitted, none) = await service.SaveResponseAsync(waveId, "user-m1", [new("est.deals", 4), new("nps", 9)], submit: true);
            Assert.Empty(none);
            Assert.True(submitted!.Submitted);
            Assert.Equal(draft.Id, submitted.Id);
            Assert.Equal(1, await db.SurveyResponses.CountAsync());
            Assert.Equal([new SurveyAnswer("est.deals", 4), new SurveyAnswer("nps", 9)], SurveyJson.ReadAnswers((await service.OwnResponseAsync(waveId, "user-m1"))!.AnswersJson));
        }

        await using (var reseller = database.CreateContext(RequestActor.ForPartner("r1", partners["R1"])))
        {
            await Assert.ThrowsAsync<SurveyRuleException>(() => new SurveyService(reseller, new SamePage.Data.Values.ValueModelStore(reseller)).SaveResponseAsync(waveId, "user-r1", [new("nps", 5)], true));
            Assert.Empty(await new SurveyService(reseller, new SamePage.Data.Values.ValueModelStore(reseller)).WavesForPartnerAsync(openOnly: true));
        }

        await using (var vendor = database.CreateContext())
        {
            await Assert.ThrowsAsync<SurveyRuleException>(() => new SurveyService(vendor, new SamePage.Data.Values.ValueModelStore(vendor)).SaveResponseAsync(waveId, "vendor", [new("nps", 5)], true));
            await new SurveyService(vendor, new SamePage.Data.Values.ValueModelStore(vendor)).CloseAsync(waveId);
        }

        await using (var db = database.CreateContext(RequestActor.ForPartner("m1", partners["M1"])))
        {
            await Assert.ThrowsAsync<SurveyRuleException>(() => new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).SaveResponseAsync(waveId, "user-m1", [new("nps", 3)], true));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_partner_user_cannot_read_or_write_another_partners_response(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var partners = await SurveyFixture.SeedAsync(database);
        var waveId = await OpenWaveAsync(database);
        long m1Response;
        await using (var db = database.CreateContext(RequestActor.ForPartner("m1", partners["M1"])))
        {
            m1Response = (await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).SaveResponseAsync(waveId, "user-m1", [new("nps", 10)], true)).Response!.Id;
        }

        await using (var other = database.CreateContext(RequestActor.ForPartner("m2", partners["M2"])))
        {
            Assert.Empty(await other.SurveyResponses.ToListAsync());
            Assert.Null(await other.SurveyResponses.FirstOrDefaultAsync(r => r.Id == m1Response));
            // Even with the other user's id the filter hides M1's row; the unique (wave, user) index refuses a second row.
            await Assert.ThrowsAsync<DbUpdateException>(() => new SurveyService(other, new SamePage.Data.Values.ValueModelStore(other)).SaveResponseAsync(waveId, "user-m1", [new("nps", 0)], true));
        }

        await using var vendor = database.CreateContext();
        var m1 = await vendor.SurveyResponses.SingleAsync(r => r.Id == m1Response);
        Assert.Equal("{\"nps\":10}", m1.AnswersJson);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_is_all_or_nothing_idempotent_and_reports_every_problem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SurveyFixture.SeedAsync(database);
        var waveId = await OpenWaveAsync(database);
        const string bad = "externalId,partnerId,est.deals,nps,comment\nX1,M1,2,9,ok\nX2,R1,2,8,\nX3,M3,-1,12,\n";
        const string good = "externalId,partnerId,est.deals,nps,comment\nX1,M1,2,9,ok\nX2,M2,2.5,8,\nX3,M3,1,3,\"late, but fine\"\n";

        await using (var db = database.CreateContext())
        {
            var failed = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(bad), "bad.csv", new SurveyImportOptions());
            Assert.False(failed.Committed);
            Assert.Equal(2, failed.Report.InvalidRows);
            Assert.Contains(failed.Report.Issues, i => i.File == "bad.csv" && i.Line == 3 && i.Column == "partnerId" && i.Value == "R1");
            Assert.Contains(failed.Report.Issues, i => i.Line == 4 && i.Column == "est.deals" && i.Value == "-1" && i.Reason.Contains("from 0 to 30", StringComparison.Ordinal));
            Assert.Contains(failed.Report.Issues, i => i.Line == 4 && i.Column == "nps" && i.Value == "12");
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.SurveyResponses.CountAsync());
            var dry = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(good), "good.csv", new SurveyImportOptions { DryRun = true });
            Assert.False(dry.Committed);
            Assert.Equal(3, dry.Inserted);
            Assert.Equal(0, await db.SurveyResponses.CountAsync());
        }

        await using (var db = database.CreateContext())
        {
            var first = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(good), "good.csv", new SurveyImportOptions());
            Assert.True(first.Committed);
            Assert.Equal((3, 0, 0), (first.Inserted, first.Updated, first.Unchanged));
        }

        await using (var db = database.CreateContext())
        {
            var again = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(good), "good.csv", new SurveyImportOptions());
            Assert.Equal((0, 0, 3), (again.Inserted, again.Updated, again.Unchanged));
            var changed = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(good.Replace("X2,M2,2.5,8", "X2,M2,2.5,10", StringComparison.Ordinal)), "good.csv", new SurveyImportOptions());
            Assert.Equal((0, 1, 2), (changed.Inserted, changed.Updated, changed.Unchanged));
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(3, await db.SurveyResponses.CountAsync(r => r.Submitted));
            var x3 = await db.SurveyResponses.SingleAsync(r => r.ExternalId == "X3");
            Assert.Equal([new SurveyAnswer("est.deals", 1), new SurveyAnswer("nps", 3), new SurveyAnswer("comment", null, "late, but fine")], SurveyJson.ReadAnswers(x3.AnswersJson));

            using var rejects = new MemoryStream();
            var skipped = await new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)).ImportAsync(waveId, Csv(bad), "bad.csv", new SurveyImportOptions { SkipInvalid = true, Rejects = new NonClosingStream(rejects) });
            Assert.True(skipped.Committed);
            Assert.Equal(2, skipped.Rejected);
            var text = Encoding.UTF8.GetString(rejects.ToArray());
            Assert.StartsWith("externalId,partnerId,est.deals,nps,comment,reason\n", text, StringComparison.Ordinal);
            Assert.Contains("X3,M3,-1,12,,", text, StringComparison.Ordinal);
        }
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
