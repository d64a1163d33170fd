using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests;

public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_write_records_who_changed_what(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var actor = new RequestActor { UserName = "clara@vendor.example" };
        await using (var db = database.CreateContext(actor))
        {
            db.Partners.Add(new Partner { ExternalId = "X1", Name = "Old name", Type = PartnerType.Var });
            await db.SaveChangesAsync();
            var partner = await db.Partners.SingleAsync();
            partner.Name = "New name";
            await db.SaveChangesAsync();
            db.Partners.Remove(partner);
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        var entries = await check.AuditEntries.Where(a => a.EntityType == nameof(Partner)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Added", "Modified", "Deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("clara@vendor.example", e.UserName));
        Assert.Contains("\"Name\":[\"Old name\",\"New name\"]", entries[1].Changes);
        Assert.DoesNotContain("ExternalId", entries[1].Changes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Added_rows_are_audited_with_their_real_id_and_survey_answers_never_are(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int partnerId, waveId;
        await using (var db = database.CreateContext(new RequestActor { UserName = "partner@msp.example" }))
        {
            var partner = new Partner { ExternalId = "X1", Name = "Müller IT", Type = PartnerType.Msp };
            var wave = new SurveyWave { Name = "Q3", Solution = new Solution { Name = "Backup" }, QuestionsJson = "[]", OpensOn = new DateOnly(2026, 7, 1), ClosesOn = new DateOnly(2026, 9, 30) };
            db.AddRange(partner, wave);
            await db.SaveChangesAsync();
            (partnerId, waveId) = (partner.Id, wave.Id);
            db.SurveyResponses.Add(new SurveyResponse { WaveId = wave.Id, PartnerId = partner.Id, AnswersJson = "{\"comment\":\"our margin is too thin\"}", Submitted = true, UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            var response = await db.SurveyResponses.SingleAsync();
            response.AnswersJson = "{\"comment\":\"changed my mind\"}";
            await db.SaveChangesAsync();
        }
        await using var check = database.CreateContext();
        var added = await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(Partner) && a.Action == "Added");
        Assert.Equal(partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), added.EntityId);
        var responses = await check.AuditEntries.Where(a => a.EntityType == nameof(SurveyResponse)).OrderBy(a => a.Id).ToListAsync();
        var responseId = (await check.SurveyResponses.SingleAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Submitted is recorded, and by whom; what was answered is not. A change of the answers alone leaves no content either.
        Assert.Equal(responseId, responses[0].EntityId);
        Assert.Contains($"\"WaveId\":[null,{waveId}]", responses[0].Changes, StringComparison.Ordinal);
        Assert.All(responses, r => Assert.DoesNotContain("margin", r.Changes ?? "", StringComparison.Ordinal));
        Assert.All(responses, r => Assert.DoesNotContain("AnswersJson", r.Changes ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(await check.AuditEntries.ToListAsync(), a => a.EntityId?.StartsWith('-') == true);
    }
}
