using System.Net;
using System.Net.Http.Json;
using System.Text;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class ActualsWebTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_users_get_only_their_own_actuals_and_peer_aggregates(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var all = await manager.GetJsonAsync("/api/v1/actuals?solution=Nordlicht%20Backup&pageSize=500");
        Assert.True(all.GetProperty("total").GetInt32() > 5);

        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var own = await partner.GetJsonAsync("/api/v1/actuals?solution=Nordlicht%20Backup&pageSize=500");
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal("P00001", own.GetProperty("items")[0].GetProperty("partnerId").GetString());
        var other = await partner.GetJsonAsync("/api/v1/actuals?solution=Nordlicht%20Backup&partner=P00002");
        Assert.Equal(0, other.GetProperty("total").GetInt32());

        using var ui = await app.LoginAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await ui.GetAsync("/actuals/partner/P00002?solution=Nordlicht%20Backup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ui.GetAsync("/actuals/partner/P00001?solution=Nordlicht%20Backup")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ui.GetAsync("/actuals?solution=Nordlicht%20Backup")).StatusCode);
        var csv = await ui.GetStringAsync("/exports/actuals.csv?solution=Nordlicht%20Backup");
        var rows = csv.Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("P00001,", rows[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_api_reports_errors_and_refuses_partner_users(string provider)
    {
        var app = apps[provider];
        const string body = "externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status\nAPI-1,P00001,Nordlicht Backup,2026-10-01,new,c,100,0.1,0,1,won\nAPI-2,P00001,Nordlicht Backup,not-a-date,new,c,100,0.1,0,1,won\n";
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var response = await manager.PostAsync("/api/v1/imports/deals", new StringContent(body, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.False(report.GetProperty("committed").GetBoolean());
        var issue = report.GetProperty("issues")[0];
        Assert.Equal(3, issue.GetProperty("line").GetInt32());
        Assert.Equal("date", issue.GetProperty("column").GetString());

        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var refused = await partner.PostAsync("/api/v1/imports/deals", new StringContent(body, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_api_accepts_files_beyond_the_default_30_MB_request_limit(string provider)
    {
        var app = apps[provider];
        // 400,000 rows of about 100 bytes: 40 MB, above Kestrel's default limit. A dry run validates everything and writes nothing.
        var body = new StringBuilder("externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status\n");
        for (var i = 0; i < 400_000; i++)
        {
            body.Append("BIG-").Append(i).Append(",P00001,Nordlicht Backup,2026-10-01,new,customer-").Append(i).Append(",1000.50,0.2,250.00,10,won\n");
        }
        Assert.True(body.Length > 35_000_000);
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        manager.Timeout = TimeSpan.FromMinutes(2);
        var response = await manager.PostAsync("/api/v1/imports/deals?dryRun=true", new StringContent(body.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(400_000, report.GetProperty("rowsRead").GetInt64());
        Assert.Equal(400_000, report.GetProperty("validRows").GetInt64());
        Assert.False(report.GetProperty("committed").GetBoolean());
    }
}
