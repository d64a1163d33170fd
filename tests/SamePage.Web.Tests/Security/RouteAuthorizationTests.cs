using SamePage.TestSupport;
using SamePage.Web.Auth;

namespace SamePage.Web.Tests.Security;

/// <summary>
/// Who reaches which page and endpoint, read from the route table itself. A new page or endpoint that names no
/// policy is vendor-only by the fallback; one opened to partner users fails here until it is added to the list below.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RouteAuthorizationTests(AppFixture apps)
{
    /// <summary>Reachable without signing in.</summary>
    private static readonly string[] s_anonymous =
    [
        "ANY /health", "GET /api/docs/favicon.svg", "GET /api/docs/scalar.aspnetcore.js", "GET /api/docs/scalar.js", "GET /api/docs/{documentName?}",
        "POST /culture", "GET /openapi/v1.json", "GET /favicon.ico",
        "PAGE /Account/Denied (/account/denied)", "PAGE /Account/Login (/account/login)", "PAGE /Account/Logout (/account/logout)",
        "PAGE /Errors/Status (/error/{code:int})",
    ];

    /// <summary>The partner-facing surface: what partner users may call. Their data is then narrowed by the query filters.</summary>
    private static readonly string[] s_partnerFacing =
    [
        "GET /api/v1/actuals", "GET /api/v1/exports/{table}.{format}", "GET /api/v1/partners/", "GET /api/v1/partners/{id:int}",
        "GET /api/v1/perception", "GET /api/v1/reports/partner", "GET /api/v1/solutions/", "GET /api/v1/solutions/{id:int}",
        "GET /api/v1/surveys/", "GET /api/v1/surveys/{id:int}", "GET /api/v1/surveys/{id:int}/responses", "GET /api/v1/surveys/{id:int}/results",
        "PUT /api/v1/surveys/{id:int}/responses", "GET /api/v1/talk/digest", "GET /api/v1/targets/",
        "GET /api/v1/value-models/", "GET /api/v1/value-models/{id:int}", "GET /api/v1/value-models/{id:int}/versions",
        "GET /api/v1/value-models/{id:int}/versions/{version:int}",
        "POST /api/v1/value-models/run", "POST /api/v1/value-models/sensitivity", "POST /api/v1/value-models/simulate", "POST /api/v1/value-models/validate",
        "POST /api/v1/value-models/{id:int}/run", "POST /api/v1/value-models/{id:int}/sensitivity", "POST /api/v1/value-models/{id:int}/simulate",
        "GET /exports/{table}.{format}",
        "PAGE /Actuals/Partner (/actuals/partner/{externalId})", "PAGE /Index (/)", "PAGE /Models/Detail (/models/{id:int})",
        "PAGE /Models/WhatIf (/models/{id:int}/whatif)", "PAGE /Portal/Index (/portal)", "PAGE /Portal/Surveys/Answer (/portal/surveys/{id:int})",
        "PAGE /Portal/Surveys/Index (/portal/surveys)", "PAGE /Tokens/Index (/tokens)",
        "GET /api/v1/tokens/", "POST /api/v1/tokens/", "DELETE /api/v1/tokens/{id:int}",
    ];

    [Fact]
    public async Task Partner_users_reach_exactly_the_partner_facing_pages_and_endpoints()
    {
        var table = await RouteAccess.TableAsync(apps["sqlite"].App);
        var partner = table.Where(r => r.Value.Contains(Roles.PartnerUser) && !r.Value.Contains(RouteAccess.Anonymous)).Select(r => r.Key).Order(StringComparer.Ordinal);
        Assert.Equal(s_partnerFacing.Order(StringComparer.Ordinal), partner);
        var anonymous = table.Where(r => r.Value.Contains(RouteAccess.Anonymous)).Select(r => r.Key).Order(StringComparer.Ordinal);
        Assert.Equal(s_anonymous.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public async Task Every_route_admits_vendor_admins_and_the_table_covers_pages_and_the_api()
    {
        var table = await RouteAccess.TableAsync(apps["sqlite"].App);
        Assert.All(table, r => Assert.Contains(Roles.Admin, r.Value));
        Assert.Contains(table.Keys, k => k.StartsWith("PAGE /Partners/Index", StringComparison.Ordinal));
        Assert.Contains(table.Keys, k => k.StartsWith("GET /api/v1/measures", StringComparison.Ordinal));
        Assert.True(table.Count > 100, $"only {table.Count} routes read");
    }

    [Fact]
    public async Task What_names_no_policy_is_for_vendor_staff_only()
    {
        var table = await RouteAccess.TableAsync(apps["sqlite"].App);

        // A vendor page that declares nothing (the partner list) admits the three vendor roles and no one else.
        Assert.Equal([Roles.Contributor, Roles.ChannelManager, Roles.Admin], table.Single(r => r.Key.StartsWith("PAGE /Partners/Index", StringComparison.Ordinal)).Value);
        Assert.Equal([Roles.Contributor, Roles.ChannelManager, Roles.Admin], table["GET /api/v1/measures/"]);
    }
}
