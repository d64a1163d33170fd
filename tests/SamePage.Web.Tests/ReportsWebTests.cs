using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.TestSupport;
using SkiaSharp;
using UglyToad.PdfPig;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class ReportsWebTests(AppFixture apps)
{
    private const string Backup = "Nordlicht Backup";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_report_shows_the_partners_own_figures_and_no_other_partner(string provider)
    {
        var app = apps[provider];
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var response = await partner.GetAsync($"/api/v1/reports/partner?partner=P00001&solution={Uri.EscapeDataString(Backup)}&lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText(pdf);

        // The figures by hand from the monthly rollups: the last 12 months up to the solution's latest month.
        await using var db = app.Database.CreateContext();
        var solution = await db.Solutions.SingleAsync(s => s.Name == Backup);
        var latest = await db.PartnerSolutionMonths.Where(r => r.SolutionId == solution.Id).MaxAsync(r => r.Month);
        var first = latest.AddMonths(-11);
        var own = await db.Partners.SingleAsync(p => p.ExternalId == "P00001");
        var rows = await db.PartnerSolutionMonths.Where(r => r.PartnerId == own.Id && r.SolutionId == solution.Id && r.Month >= first && r.Month <= latest).ToListAsync();
        var margin = rows.Sum(r => r.ProductMarginIncome);
        var services = rows.Sum(r => r.ServicesRevenue);
        var costs = rows.Sum(r => r.CostCertification + r.CostTraining + r.CostPresales + r.CostMarketing + r.CostOther);
        var profit = margin + (services * solution.ServicesGrossMargin) - costs;

        Assert.Contains(own.Name, text);
        Assert.Contains($"Your margin income over the last 12 months was {Money(margin)}", text);
        Assert.Contains($"you kept a realized profit of {Money(profit)}", text);
        Assert.Contains(Money(costs), text);

        Assert.Contains("(P00001)", text);
        // Other partners by id, and by name unless a namesake of the partner (the demo has duplicate names).
        var others = await db.Partners.Where(p => p.Id != own.Id).Select(p => new { p.ExternalId, p.Name }).ToListAsync();
        Assert.All(others, o =>
        {
            Assert.DoesNotContain(o.ExternalId, text, StringComparison.Ordinal);
            if (o.Name != own.Name)
            {
                Assert.DoesNotContain(o.Name, text, StringComparison.Ordinal);
            }
        });

        AssertRendersNonBlank(pdf);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task German_report_speaks_german(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var pdf = await manager.GetByteArrayAsync($"/api/v1/reports/partner?partner=P00001&solution={Uri.EscapeDataString(Backup)}&lang=de");
        var text = PdfText(pdf);
        Assert.Contains("Ihr Margenertrag in den letzten 12 Monaten betrug", text);
        Assert.Contains("Ihr Business Case mit Ihren eigenen Zahlen", text);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/v1/reports/partner?partner=P00001&solution={Uri.EscapeDataString(Backup)}&lang=fr")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_user_cannot_get_another_partners_report_or_the_summary(string provider)
    {
        var app = apps[provider];
        var other = $"/api/v1/reports/partner?partner=P00002&solution={Uri.EscapeDataString(Backup)}&lang=en";
        var summary = $"/api/v1/reports/summary?solution={Uri.EscapeDataString(Backup)}";
        using var token = await app.TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await token.GetAsync(other)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync(summary)).StatusCode);

        // The UI's download link is the same route with the login cookie.
        using var ui = await app.LoginAsync(TestApp.PartnerEmail);
        var portal = await ui.GetStringAsync("/portal");
        Assert.Contains("/api/v1/reports/partner?partner=P00001", portal);
        Assert.DoesNotContain("partner=P00002", portal);
        Assert.Equal(HttpStatusCode.NotFound, (await ui.GetAsync(other)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ui.GetAsync(summary)).StatusCode);
        var ownLink = await ui.GetAsync($"/api/v1/reports/partner?partner=P00001&solution={Uri.EscapeDataString(Backup)}&lang=en");
        Assert.Equal(HttpStatusCode.OK, ownLink.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Vendor_summary_shows_the_distribution_and_quartiles(string provider)
    {
        var app = apps[provider];
        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var actuals = await manager.GetJsonAsync($"/api/v1/actuals?solution={Uri.EscapeDataString(Backup)}&segment=MSP&pageSize=1000");
        var items = actuals.GetProperty("items").EnumerateArray().ToList();
        var profits = items.Select(i => i.GetProperty("realizedProfit").GetDecimal()).OrderBy(v => v).ToList();
        // Median by hand (type 7 = the middle value, or the mean of the two middle values).
        var n = profits.Count;
        var median = n % 2 == 1 ? profits[n / 2] : (profits[(n / 2) - 1] + profits[n / 2]) / 2;
        var earning = profits.Count(p => p > 0);

        var pdf = await manager.GetByteArrayAsync($"/api/v1/reports/summary?solution={Uri.EscapeDataString(Backup)}&segment=MSP&lang=en");
        var text = PdfText(pdf);
        Assert.Contains($"the median partner kept a realized profit of {Money(median)}", text);
        Assert.Contains($"{earning} of {n} partners", text);
        Assert.Contains("Partners with the highest business value", text);
        AssertRendersNonBlank(pdf);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exports_run_through_the_registry_with_filters_and_isolation(string provider)
    {
        var app = apps[provider];
        using var partner = await app.TokenClientAsync(TestApp.PartnerEmail);
        var csv = await partner.GetStringAsync($"/api/v1/exports/actuals.csv?solution={Uri.EscapeDataString(Backup)}");
        var rows = csv.Trim().Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("P00001,", rows[1]);

        using var manager = await app.TokenClientAsync(TestApp.ManagerEmail);
        var msp = await manager.GetStringAsync("/api/v1/exports/partners.csv?segment=MSP");
        var lines = msp.Trim().Split('\n').Skip(1).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(",MSP,", l));
        var xlsx = await manager.GetAsync("/api/v1/exports/partners.xlsx?segment=MSP");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/v1/exports/nothing.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/v1/exports/actuals.csv")).StatusCode);
    }

    internal static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Words joined by single spaces, so sentences wrapped over lines compare as written.
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    internal static string Money(decimal value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", English) + " €";

    /// <summary>Renders the first page with poppler's pdftoppm and checks that a fair share of pixels is not white.</summary>
    internal static void AssertRendersNonBlank(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("samepage-report-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", input, Path.Combine(folder.FullName, "page")])
            {
                RedirectStandardError = true,
            })!;
            process.WaitForExit(30_000);
            Assert.Equal(0, process.ExitCode);
            var png = Directory.GetFiles(folder.FullName, "page*.png").Single();
            using var bitmap = SKBitmap.Decode(png);
            Assert.True(bitmap.Width > 200 && bitmap.Height > 300);
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y += 2)
            {
                for (var x = 0; x < bitmap.Width; x += 2)
                {
                    var c = bitmap.GetPixel(x, y);
                    if (c.Red < 200 || c.Green < 200 || c.Blue < 200)
                    {
                        inked++;
                    }
                }
            }
            var share = inked / (bitmap.Width * bitmap.Height / 4.0);
            Assert.InRange(share, 0.03, 0.8);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
