using Microsoft.EntityFrameworkCore;
using SamePage.Cli;
using SamePage.Cli.Commands;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>The report and export commands against the test database, as a user types them.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportCliTests(AppFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Report_partners_writes_one_report_per_partner_with_its_own_name(string provider)
    {
        var app = apps[provider];
        var folder = Directory.CreateTempSubdirectory("samepage-cli-reports-");
        try
        {
            // A small set: the partners of one segment that sell the analytics suite.
            await using var db = app.Database.CreateContext();
            var solution = await db.Solutions.SingleAsync(s => s.Name == "Nordlicht Analytics Suite");
            var latest = await db.PartnerSolutionMonths.Where(r => r.SolutionId == solution.Id).MaxAsync(r => r.Month);
            var first = latest.AddMonths(-11);
            var expected = await db.Partners.Where(p => p.Segment == "SI" && db.PartnerSolutionMonths.Any(r => r.PartnerId == p.Id && r.SolutionId == solution.Id && r.Month >= first && r.Month <= latest))
                .Select(p => new { p.ExternalId, p.Name }).ToListAsync();
            Assert.NotEmpty(expected);

            var exit = await RunAsync(app, "report", "partners", "--solution", "Nordlicht Analytics Suite", "--segment", "SI", "--lang", "de", "--out", folder.FullName, "--workers", "2");
            Assert.Equal(ExitCodes.Ok, exit);
            var files = Directory.GetFiles(folder.FullName, "*.pdf").Select(Path.GetFileName).Order().ToList();
            Assert.Equal(expected.Select(e => $"{e.ExternalId}-nordlicht-analytics-suite-de.pdf").Order(), files);
            foreach (var partner in expected)
            {
                var text = ReportsWebTests.PdfText(await File.ReadAllBytesAsync(Path.Combine(folder.FullName, $"{partner.ExternalId}-nordlicht-analytics-suite-de.pdf")));
                Assert.Contains(partner.Name, text);
                Assert.Contains("Ihr Geschäft mit Nordlicht Analytics Suite", text);
                Assert.Contains($"({partner.ExternalId})", text);
                // Other partners by id, and by name unless a namesake (the demo has duplicate names).
                Assert.All(expected.Where(e => e.ExternalId != partner.ExternalId), e => Assert.DoesNotContain($"({e.ExternalId})", text, StringComparison.Ordinal));
                Assert.All(expected.Where(e => e.Name != partner.Name), e => Assert.DoesNotContain(e.Name, text, StringComparison.Ordinal));
            }

            var single = Path.Combine(folder.FullName, "single.pdf");
            Assert.Equal(ExitCodes.Ok, await RunAsync(app, "report", "partner", "--partner", "P00001", "--solution", "Nordlicht Backup", "--out", single));
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(single), 0, 4));
            Assert.Equal(ExitCodes.BadInput, await RunAsync(app, "report", "partner", "--partner", "NOPE", "--solution", "Nordlicht Backup", "--out", single));
            var summary = Path.Combine(folder.FullName, "summary.pdf");
            Assert.Equal(ExitCodes.Ok, await RunAsync(app, "report", "summary", "--solution", "Nordlicht Backup", "--segment", "MSP", "--out", summary));
            Assert.Contains("Nordlicht Backup · MSP", ReportsWebTests.PdfText(await File.ReadAllBytesAsync(summary)));

            var csv = Path.Combine(folder.FullName, "partners.csv");
            Assert.Equal(ExitCodes.Ok, await RunAsync(app, "export", "partners", "--segment", "SI", "--out", csv));
            var lines = (await File.ReadAllLinesAsync(csv)).Skip(1).ToList();
            Assert.Equal(await db.Partners.CountAsync(p => p.Segment == "SI"), lines.Count);
            Assert.Equal(ExitCodes.Ok, await RunAsync(app, "export", "actuals", "--solution", "Nordlicht Backup", "--format", "xlsx", "--out", Path.Combine(folder.FullName, "actuals.xlsx")));
            Assert.Equal(ExitCodes.BadInput, await RunAsync(app, "export", "partners", "--solution", "x", "--out", csv));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Task<int> RunAsync(TestApp app, params string[] args) =>
        CliTestRunner.RunAsync(app, [ReportCommand.Create(), ExportCommand.Create()], args);
}
