using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SamePage.Cli.Commands;
using SamePage.TestSupport;

namespace SamePage.Web.Tests.Imports;

/// <summary>
/// The exports channel teams have, imported as they are through the real CLI and the real API on both providers: stored deals
/// checked field by field against figures the generator computed, skipped and rejected rows counted, all-or-nothing without
/// --skip-invalid, and a second import that changes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MappedImportTests(AppFixture apps) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("samepage-mapped").FullName;

    public static IEnumerable<object[]> Cases =>
        from provider in new[] { "sqlite", "postgres" }
        from family in new[] { "salesforce", "hubspot", "partner-center", "sales-out" }
        from channel in new[] { "cli", "api" }
        select new object[] { provider, family, channel };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_export_imports_as_it_is_with_skipped_and_rejected_rows_accounted_for(string provider, string family, string channel)
    {
        var app = apps[provider];
        var run = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var partners = await DemoPartnersAsync(app);
        var file = family switch
        {
            "salesforce" => ExportFamilies.Salesforce(run, partners),
            "hubspot" => ExportFamilies.HubSpot(run, partners),
            "partner-center" => ExportFamilies.PartnerCenter(run, await ResellersWithMpnIdsAsync(app, channel, run, partners)),
            _ => ExportFamilies.SalesOut(run, partners),
        };
        var path = Path.Combine(_dir, file.FileName);
        await File.WriteAllBytesAsync(path, file.Content);
        var importer = channel == "cli" ? (IMappedImporter)new CliImporter(app, _dir) : new ApiImporter(app);
        var mapping = await importer.MappingAsync(family, path, run);

        // All or nothing: the rejected rows stop the whole file.
        var refused = await importer.ImportAsync(path, mapping, skipInvalid: false);
        Assert.False(refused.Committed);
        Assert.Equal(file.RejectedLines, refused.RejectedLines);
        await AssertStoredAsync(app, file, []);

        var imported = await importer.ImportAsync(path, mapping, skipInvalid: true);
        Assert.True(imported.Committed);
        Assert.Equal(file.Deals.Count, imported.Inserted);
        Assert.Equal(file.Skipped, imported.Skipped);
        Assert.Equal(file.RejectedLines, imported.RejectedLines);
        await AssertStoredAsync(app, file, file.Deals);

        var again = await importer.ImportAsync(path, mapping, skipInvalid: true);
        Assert.Equal((0L, 0L, (long)file.Deals.Count), (again.Inserted, again.Updated, again.Unchanged));
        await AssertStoredAsync(app, file, file.Deals);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task AssertStoredAsync(TestApp app, ExportFile file, IReadOnlyList<ExpectedDeal> expected)
    {
        await using var db = app.Database.CreateContext();
        var ids = file.Deals.Select(d => d.ExternalId).ToList();
        var stored = await (from d in db.Deals
                            join p in db.Partners on d.PartnerId equals p.Id
                            join s in db.Solutions on d.SolutionId equals s.Id
                            where ids.Contains(d.ExternalId)
                            select new { d.ExternalId, Partner = p.ExternalId, Solution = s.Name, d.Date, d.Type, d.CustomerId, d.ProductRevenue, d.PartnerMargin, d.Seats, d.Status })
            .ToListAsync();
        Assert.Equal(expected.Count, stored.Count);
        foreach (var deal in expected)
        {
            var row = Assert.Single(stored, s => s.ExternalId == deal.ExternalId);
            Assert.Equal(deal.PartnerId, row.Partner);
            Assert.Equal(deal.Solution, row.Solution);
            Assert.Equal(deal.Date, row.Date);
            Assert.Equal(deal.Type, row.Type.ToString());
            Assert.Equal(deal.CustomerId, row.CustomerId);
            Assert.Equal(deal.ProductRevenue, row.ProductRevenue);
            Assert.Equal(deal.PartnerMargin, row.PartnerMargin);
            Assert.Equal(deal.Seats, row.Seats);
            Assert.Equal(deal.Status, row.Status.ToString());
        }
    }

    private static async Task<List<DemoPartner>> DemoPartnersAsync(TestApp app)
    {
        await using var db = app.Database.CreateContext();
        return await db.Partners.OrderBy(p => p.ExternalId).Take(4).Select(p => new DemoPartner(p.ExternalId, p.Name)).ToListAsync();
    }

    /// <summary>Gives three partners MPN ids through a mapped partners import, as a channel team would from its partner list.</summary>
    private async Task<List<(DemoPartner, string)>> ResellersWithMpnIdsAsync(TestApp app, string channel, string run, List<DemoPartner> partners)
    {
        await using var db = app.Database.CreateContext();
        var types = await db.Partners.Where(p => partners.Select(d => d.ExternalId).Contains(p.ExternalId)).ToDictionaryAsync(p => p.ExternalId, p => p.Type.ToString());
        var list = new StringBuilder("Partner ID,Company,Partner Type,MPN ID,Also Known As\n");
        var resellers = new List<(DemoPartner, string)>();
        foreach (var (partner, i) in partners.Take(3).Select((p, i) => (p, i)))
        {
            var mpn = $"{run}{i}";
            list.Append($"{partner.ExternalId},\"{partner.Name}\",{types[partner.ExternalId]},{mpn},\"{partner.Name} Services; {partner.Name.ToUpperInvariant()} LTD\"\n");
            resellers.Add((partner, mpn));
        }

        var path = Path.Combine(_dir, $"partners-{run}.csv");
        await File.WriteAllTextAsync(path, list.ToString());
        var mapping = new JsonObject
        {
            ["format"] = "samepage.mapping/1",
            ["kind"] = "partners",
            ["columns"] = new JsonObject
            {
                ["externalId"] = new JsonObject { ["column"] = "Partner ID" },
                ["name"] = new JsonObject { ["column"] = "Company" },
                ["type"] = new JsonObject { ["column"] = "Partner Type" },
                ["crmId"] = new JsonObject { ["column"] = "MPN ID" },
                ["aliases"] = new JsonObject { ["column"] = "Also Known As" },
            },
        }.ToJsonString();
        var importer = channel == "cli" ? (IMappedImporter)new CliImporter(app, _dir) : new ApiImporter(app);
        var result = await importer.ImportAsync(path, new MappingChoice(null, null, mapping), skipInvalid: false, kind: "partners");
        Assert.True(result.Committed);
        await using var check = app.Database.CreateContext();
        var stored = await check.Partners.Where(p => p.ExternalId == partners[0].ExternalId).SingleAsync();
        Assert.Equal($"{run}0", stored.CrmId);
        Assert.Equal([$"{partners[0].Name} Services", $"{partners[0].Name.ToUpperInvariant()} LTD"], stored.Aliases);
        return resellers;
    }

    /// <summary>How a test names its mapping: a preset, a saved name, or the JSON itself.</summary>
    private sealed record MappingChoice(string? Preset, string? Name, string? Json);

    private sealed record Result(bool Committed, long Inserted, long Updated, long Unchanged, long Skipped, IReadOnlyList<long> RejectedLines);

    private interface IMappedImporter
    {
        /// <summary>The mapping for a family as a user would get it: a preset, a suggested mapping, or a saved copy of a preset they changed.</summary>
        Task<MappingChoice> MappingAsync(string family, string path, string run);

        Task<Result> ImportAsync(string path, MappingChoice mapping, bool skipInvalid, string kind = "deals");
    }

    /// <summary>
    /// What the user adds to a suggestion: a HubSpot export names no product, and with three solutions SamePage does not
    /// guess one, so the user picks it as a constant.
    /// </summary>
    private static string CompleteSuggestion(string family, string json)
    {
        if (family != "hubspot")
        {
            return json;
        }

        var mapping = JsonNode.Parse(json)!.AsObject();
        Assert.Null(mapping["columns"]!["solution"]);
        mapping["columns"]!["solution"] = new JsonObject { ["constant"] = "Nordlicht Backup" };
        return mapping.ToJsonString();
    }

    /// <summary>The preset a sales-out report needs, with the distributor's plan names mapped to the solution.</summary>
    private static string SalesOutMapping()
    {
        var preset = JsonNode.Parse(Core.Mapping.MappingJson.Write(Core.Mapping.MappingPresets.Get("distributor-sales-out")))!.AsObject();
        preset.Remove("name");
        preset["columns"]!["solution"]!["values"] = new JsonObject { ["Backup Pro *"] = "Nordlicht Backup" };
        return preset.ToJsonString();
    }

    private sealed class CliImporter(TestApp app, string dir) : IMappedImporter
    {
        public async Task<MappingChoice> MappingAsync(string family, string path, string run)
        {
            switch (family)
            {
                case "salesforce":
                    return new MappingChoice("salesforce-opportunities", null, null);
                case "sales-out":
                    var file = Path.Combine(dir, $"sales-out-{run}.json");
                    await File.WriteAllTextAsync(file, SalesOutMapping());
                    Assert.Equal(0, await CliTestRunner.RunAsync(app, [ImportCommand.Create()], "import", "mappings", "save", file, "--name", $"sales-out-{run}"));
                    return new MappingChoice(null, $"sales-out-{run}", null);
                default:
                    var suggested = Path.Combine(dir, $"{family}-{run}.json");
                    Assert.Equal(0, await CliTestRunner.RunAsync(app, [ImportCommand.Create()], "import", "suggest", "deals", path, "--out", suggested));
                    return new MappingChoice(null, null, CompleteSuggestion(family, await File.ReadAllTextAsync(suggested)));
            }
        }

        public async Task<Result> ImportAsync(string path, MappingChoice mapping, bool skipInvalid, string kind = "deals")
        {
            var args = new List<string> { "import", kind, path };
            if (mapping.Preset is not null)
            {
                args.AddRange(["--preset", mapping.Preset]);
            }
            else if (mapping.Name is not null)
            {
                args.AddRange(["--mapping", mapping.Name]);
            }
            else
            {
                var file = Path.Combine(dir, $"mapping-{Guid.NewGuid():N}.json");
                await File.WriteAllTextAsync(file, mapping.Json);
                args.AddRange(["--mapping", file]);
            }

            var rejects = Path.Combine(dir, $"rejects-{Guid.NewGuid():N}.csv");
            if (skipInvalid)
            {
                args.AddRange(["--skip-invalid", "--rejects", rejects]);
            }

            await using var before = app.Database.CreateContext();
            var audits = await before.AuditEntries.CountAsync(a => a.Action == "Imported");
            var code = await CliTestRunner.RunAsync(app, [ImportCommand.Create()], [.. args]);
            await using var db = app.Database.CreateContext();
            var committed = code == 0 && await db.AuditEntries.CountAsync(a => a.Action == "Imported") == audits + 1;
            if (!committed)
            {
                Assert.Equal(2, code);
                return new Result(false, 0, 0, 0, 0, await RejectedLinesAsync(path, mapping, kind));
            }

            var audit = await db.AuditEntries.Where(a => a.Action == "Imported").OrderByDescending(a => a.Id).FirstAsync();
            var changes = JsonDocument.Parse(audit.Changes!).RootElement;
            IReadOnlyList<long> lines = skipInvalid ? RejectsLines(rejects) : [];
            return new Result(true, changes.GetProperty("Inserted").GetInt64(), changes.GetProperty("Updated").GetInt64(), changes.GetProperty("Unchanged").GetInt64(),
                await SkippedAsync(path, mapping, kind), lines);
        }

        /// <summary>The lines a dry run through the API reports, for a CLI run that wrote nothing (its report went to the console).</summary>
        private async Task<IReadOnlyList<long>> RejectedLinesAsync(string path, MappingChoice mapping, string kind) =>
            (await new ApiImporter(app).ImportAsync(path, mapping, skipInvalid: false, kind)).RejectedLines;

        private async Task<long> SkippedAsync(string path, MappingChoice mapping, string kind) =>
            (await new ApiImporter(app).DryRunAsync(path, mapping, kind)).Skipped;

        /// <summary>REJECTS.csv keeps the source columns and adds a reason naming the physical line.</summary>
        private static List<long> RejectsLines(string path)
        {
            var text = File.ReadAllLines(path, Encoding.UTF8);
            return [.. text.Skip(1).Where(l => l.Length > 0).Select(l => long.Parse(System.Text.RegularExpressions.Regex.Match(l, @"line (\d+):").Groups[1].Value, CultureInfo.InvariantCulture))];
        }
    }

    private sealed class ApiImporter(TestApp app) : IMappedImporter
    {
        public async Task<MappingChoice> MappingAsync(string family, string path, string run)
        {
            using var client = await app.TokenClientAsync(TestApp.ManagerEmail);
            switch (family)
            {
                case "salesforce":
                    return new MappingChoice("salesforce-opportunities", null, null);
                case "sales-out":
                    var saved = await client.PostAsync($"/api/v1/import-mappings?name=sales-out-{run}", new StringContent(SalesOutMapping(), Encoding.UTF8, "application/json"));
                    Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
                    return new MappingChoice(null, $"sales-out-{run}", null);
                default:
                    var response = await client.PostAsync("/api/v1/imports/deals/suggest", Form(path, null));
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var suggestion = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var missing = suggestion.GetProperty("suggestion").GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToList();
                    Assert.Equal(family == "hubspot" ? ["solution"] : [], missing);
                    var problems = suggestion.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
                    Assert.Equal(family == "hubspot", problems.Any(p => p.StartsWith("columns.solution:", StringComparison.Ordinal)));
                    Assert.True(suggestion.GetProperty("rows").GetArrayLength() > 0);
                    return new MappingChoice(null, null, CompleteSuggestion(family, suggestion.GetProperty("suggestion").GetProperty("mapping").GetRawText()));
            }
        }

        public Task<Result> ImportAsync(string path, MappingChoice mapping, bool skipInvalid, string kind = "deals") =>
            PostAsync(path, mapping, kind, skipInvalid ? "skipInvalid=true" : "");

        public Task<Result> DryRunAsync(string path, MappingChoice mapping, string kind) => PostAsync(path, mapping, kind, "dryRun=true&skipInvalid=true");

        private async Task<Result> PostAsync(string path, MappingChoice mapping, string kind, string query)
        {
            using var client = await app.TokenClientAsync(TestApp.ManagerEmail);
            var parameters = new List<string> { query };
            if (mapping.Preset is not null)
            {
                parameters.Add($"preset={mapping.Preset}");
            }

            if (mapping.Name is not null)
            {
                parameters.Add($"mapping={mapping.Name}");
            }

            var response = await client.PostAsync($"/api/v1/imports/{kind}?{string.Join('&', parameters.Where(p => p.Length > 0))}", Form(path, mapping.Json));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            var lines = report.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("line").GetInt64()).Distinct().ToList();
            return new Result(report.GetProperty("committed").GetBoolean(), report.GetProperty("inserted").GetInt64(), report.GetProperty("updated").GetInt64(),
                report.GetProperty("unchanged").GetInt64(), report.GetProperty("skipped").GetInt64(), lines);
        }

        private static MultipartFormDataContent Form(string path, string? mapping)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(File.ReadAllBytes(path));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", Path.GetFileName(path));
            if (mapping is not null)
            {
                form.Add(new StringContent(mapping, Encoding.UTF8, "application/json"), "mapping");
            }

            return form;
        }
    }
}
