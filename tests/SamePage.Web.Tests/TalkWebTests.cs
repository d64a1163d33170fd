using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class TalkWebTests(AppFixture apps)
{
    private const string Update = "Version 5.2 bringt Deduplizierung für Microsoft 365.\n\nIhre Marge steigt ab März auf 30 %.\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Analyze_returns_the_talk_json_with_labels_cues_and_drivers(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var plain = await (await client.PostAsJsonAsync("/api/v1/talk/analyze", new { text = Update })).JsonAsync();
        Assert.Equal("de", plain.GetProperty("language").GetString());
        Assert.Equal(0.5, plain.GetProperty("businessShare").GetDouble());
        var sentences = plain.GetProperty("sentences");
        Assert.Equal(["product", "business"], sentences.EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Contains(sentences[1].GetProperty("cues").EnumerateArray(), c => c.GetProperty("kind").GetString() == "partner-money" && c.GetProperty("text").GetString() == "Marge");
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("congruence").ValueKind);

        // With the value model: the mapped feature links the driver, the segment's needs give a congruence.
        var linked = await (await client.PostAsJsonAsync("/api/v1/talk/analyze", new { text = Update, solution = "Nordlicht Backup", segment = "MSP" })).JsonAsync();
        Assert.Contains("serviceDelivery", linked.GetProperty("sentences")[0].GetProperty("drivers").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(JsonValueKind.Number, linked.GetProperty("congruence").ValueKind);
        Assert.Contains("im Jahr", linked.GetProperty("suggestions")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        // Per-line mode: an array with line numbers of the non-empty lines.
        var lines = await (await client.PostAsJsonAsync("/api/v1/talk/analyze", new { text = "The new dashboard supports dark mode.\n\nYour margin rises to 25 % from April.", format = "lines" })).JsonAsync();
        Assert.Equal([1, 3], lines.EnumerateArray().Select(a => a.GetProperty("line").GetInt32()));
        Assert.Equal(["product", "business"], lines.EnumerateArray().Select(a => a.GetProperty("label").GetString()));

        // A file upload: HTML is read for its visible text only.
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("<html><head><script>var partnerMargin = 1;</script></head><body><p>Your margin rises to 25 % from April.</p></body></html>"), "file", "mail.html");
        var uploaded = await (await client.PostAsync("/api/v1/talk/analyze", form)).JsonAsync();
        Assert.Equal("mail.html", uploaded.GetProperty("file").GetString());
        Assert.Equal("Your margin rises to 25 % from April.", Assert.Single(uploaded.GetProperty("sentences").EnumerateArray()).GetProperty("text").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/talk/analyze", new { text = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/talk/analyze", new { text = "x", solution = "No such solution" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Communications_crud_stores_the_analysis(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var bad = await client.PostAsJsonAsync("/api/v1/communications", new { title = "", body = "", channel = "fax" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var created = await client.PostAsJsonAsync("/api/v1/communications", new
        {
            title = "Update 5.2",
            body = Update,
            solution = "Nordlicht Backup",
            channel = "release-note",
            audienceSegments = new[] { "MSP" },
            audiencePartnerTypes = new[] { "msp" },
            date = "2025-01-05",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal(0.5, body.GetProperty("businessShare").GetDouble());
        Assert.Equal(["Msp"], body.GetProperty("audiencePartnerTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("product", body.GetProperty("analysis").GetProperty("sentences")[0].GetProperty("label").GetString());

        var updated = await (await client.PutAsJsonAsync($"/api/v1/communications/{id}", new { body = "Your margin rises to 25 % from April." })).JsonAsync();
        Assert.Equal(1.0, updated.GetProperty("businessShare").GetDouble());
        Assert.Equal("en", updated.GetProperty("language").GetString());
        Assert.Equal("Nordlicht Backup", updated.GetProperty("solution").GetString());

        var list = await client.GetJsonAsync("/api/v1/communications?solution=Nordlicht%20Backup&pageSize=500");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);
        Assert.All(list.GetProperty("items").EnumerateArray(), c => Assert.Equal("Nordlicht Backup", c.GetProperty("solution").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/communications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/communications/{id}")).StatusCode);

        using var contributor = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.OK, (await contributor.GetAsync("/api/v1/communications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsJsonAsync("/api/v1/communications", new { title = "t", body = "b", date = "2025-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsJsonAsync("/api/v1/talk/corrections", new { sentence = "s", label = "business" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partner_users_get_only_the_digest_for_their_own_needs(string provider)
    {
        using var partner = await apps[provider].TokenClientAsync(TestApp.PartnerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/communications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/communications/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/communications", new { title = "t", body = "b", date = "2025-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/talk/analyze", new { text = Update })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/talk/corrections")).StatusCode);

        using var manager = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var own = (await manager.GetJsonAsync("/api/v1/partners?q=P00001")).GetProperty("items")[0];
        var other = (await manager.GetJsonAsync("/api/v1/partners?q=P00002")).GetProperty("items")[0];
        var needs = own.GetProperty("informationNeeds").EnumerateArray().Select(n => n.GetString()!).ToList();

        var mine = await partner.GetJsonAsync("/api/v1/talk/digest?take=50");
        // Asking for another partner changes nothing: a partner user always gets its own digest.
        var attempt = await partner.GetJsonAsync("/api/v1/talk/digest?take=50&partner=P00002");
        Assert.Equal(mine.GetRawText(), attempt.GetRawText());
        Assert.True(mine.GetArrayLength() > 0);
        // The partner reads the messages, never the vendor's judgement of them.
        foreach (var word in new[] { "\"label\"", "businessShare", "congruence", "\"business\"", "\"product\"" })
        {
            Assert.DoesNotContain(word, mine.GetRawText(), StringComparison.Ordinal);
        }
        var digest = await manager.GetJsonAsync("/api/v1/talk/digest?take=50&partner=P00001");
        Assert.Equal(digest.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()), mine.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal(digest.EnumerateArray().SelectMany(e => e.GetProperty("highlights").EnumerateArray().Select(h => h.GetProperty("text").GetString())),
            mine.EnumerateArray().SelectMany(e => e.GetProperty("highlights").EnumerateArray().Select(h => h.GetString())));
        if (other.GetProperty("segment").GetString() != own.GetProperty("segment").GetString())
        {
            Assert.NotEqual(digest.GetRawText(), (await manager.GetJsonAsync("/api/v1/talk/digest?take=50&partner=P00002")).GetRawText());
        }

        var congruences = digest.EnumerateArray().Select(e => e.GetProperty("congruence").ValueKind == JsonValueKind.Null ? -1 : e.GetProperty("congruence").GetDouble()).ToList();
        Assert.Equal(congruences.OrderByDescending(c => c), congruences);
        foreach (var entry in digest.EnumerateArray())
        {
            // Only communications meant for the partner's segment (or for everyone).
            var communication = await manager.GetJsonAsync($"/api/v1/communications/{entry.GetProperty("id").GetInt32()}");
            var segments = communication.GetProperty("audienceSegments").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.True(segments.Count == 0 || segments.Contains(own.GetProperty("segment").GetString()));
            // Congruence by hand from the stored sentences: mean over non-neutral sentences of the best 1/rank of the needs addressed.
            var judged = communication.GetProperty("analysis").GetProperty("sentences").EnumerateArray().Where(s => s.GetProperty("label").GetString() != "neutral").ToList();
            var expected = judged.Count == 0 ? (double?)null : Math.Round(judged.Average(s =>
                s.GetProperty("drivers").EnumerateArray().Select(d => needs.IndexOf(d.GetString()!)).Where(i => i >= 0).Select(i => 1.0 / (i + 1)).DefaultIfEmpty(0).Max()), 4);
            Assert.Equal(expected, entry.GetProperty("congruence").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("congruence").GetDouble());
            // Business sentences first.
            var labels = entry.GetProperty("highlights").EnumerateArray().Select(h => h.GetProperty("label").GetString()).ToList();
            var order = labels.Select(l => l switch { "business" => 0, "bridged" => 1, _ => 2 }).ToList();
            Assert.Equal(order.Order(), order);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_communications_move_from_product_talk_to_business_talk(string provider)
    {
        using var client = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var items = (await client.GetJsonAsync("/api/v1/communications?pageSize=500")).GetProperty("items").EnumerateArray()
            .Select(c => (Date: DateOnly.Parse(c.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Share: c.GetProperty("businessShare")))
            .Where(c => c.Share.ValueKind == JsonValueKind.Number)
            .ToList();
        Assert.True(items.Count >= 40);
        var first = items.Where(c => c.Date < new DateOnly(2024, 5, 1)).Select(c => c.Share.GetDouble()).ToList();
        var last = items.Where(c => c.Date >= new DateOnly(2026, 5, 1)).Select(c => c.Share.GetDouble()).ToList();
        Assert.True(first.Count >= 5 && last.Count >= 5);
        Assert.True(last.Average() > first.Average() + 0.5, $"first 6 months {first.Average():0.00}, last 6 months {last.Average():0.00}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_show_the_checker_the_list_with_the_chart_and_the_portal_digest(string provider)
    {
        using var manager = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var list = await manager.GetStringAsync("/communications");
        Assert.Contains("chart-talk-mix", list, StringComparison.Ordinal);
        Assert.Contains("<svg", list, StringComparison.Ordinal);
        Assert.Contains("talk-input", await manager.GetStringAsync("/talk/check"), StringComparison.Ordinal);
        var id = (await (await apps[provider].TokenClientAsync(TestApp.ManagerEmail)).GetJsonAsync("/api/v1/communications?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var detail = await manager.GetStringAsync($"/communications/{id}");
        Assert.Contains("talk-text", detail, StringComparison.Ordinal);
        Assert.Contains("handler=Correct", detail, StringComparison.Ordinal);

        using var partner = await apps[provider].LoginAsync(TestApp.PartnerEmail);
        var portal = await partner.GetStringAsync("/portal");
        Assert.Contains("portal-digest", portal, StringComparison.Ordinal);
        // No talk badges or business share of the vendor's messages on the partner's page.
        Assert.DoesNotContain("badge business", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("badge product", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("Business share", portal, StringComparison.Ordinal);
        var denied = await partner.GetAsync("/communications");
        Assert.DoesNotContain("chart-talk-mix", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_channel_manager_records_a_communication_and_corrects_a_sentence_on_its_page(string provider)
    {
        using var manager = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var form = await manager.GetStringAsync("/communications/new");
        var saved = await manager.PostAsync("/communications/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(form),
            ["Title"] = "Webinar <b>invitation</b>",
            ["Body"] = "Join our webinar on 12 May.\n\nThe <script>alert(1)</script> console now has a dark mode.",
            ["Channel"] = "webinar",
            ["Segments"] = "MSP",
            ["PartnerTypes"] = "Msp",
            ["Date"] = "2022-01-10",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.Headers.Location!.OriginalString;
        Assert.Matches("^/communications/[0-9]+$", path);
        var page = await manager.GetStringAsync(path);
        // Message text is never rendered as markup: Markdown drops raw HTML from the body, Razor encodes the title.
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>invitation</b>", page, StringComparison.Ordinal);
        Assert.Contains("Webinar &lt;b&gt;invitation&lt;/b&gt;", page, StringComparison.Ordinal);

        // Correct the product sentence (index 1) to bridged on the page.
        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var id = int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var before = await api.GetJsonAsync($"/api/v1/communications/{id}");
        Assert.Equal("product", before.GetProperty("analysis").GetProperty("sentences")[1].GetProperty("label").GetString());
        Assert.Equal(0.0, before.GetProperty("businessShare").GetDouble());
        var corrected = await manager.PostAsync($"/communications/{id}?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(page),
            ["index"] = "1",
            ["label"] = "bridged",
        }));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("Correction saved", await manager.GetStringAsync(path), StringComparison.Ordinal);
        var after = await api.GetJsonAsync($"/api/v1/communications/{id}");
        Assert.Equal("bridged", after.GetProperty("analysis").GetProperty("sentences")[1].GetProperty("label").GetString());
        Assert.Equal(1.0, after.GetProperty("businessShare").GetDouble());
        var corrections = await api.GetJsonAsync("/api/v1/talk/corrections");
        var correction = corrections.EnumerateArray().First(c => c.GetProperty("sentence").GetString()!.Contains("dark mode", StringComparison.Ordinal));
        Assert.Equal(TestApp.ManagerEmail, correction.GetProperty("correctedBy").GetString());

        // Clean up so other tests see the demo as loaded.
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/talk/corrections/{correction.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/communications/{id}")).StatusCode);

        using var contributor = await apps[provider].LoginAsync(TestApp.ContributorEmail);
        var refused = await contributor.GetAsync("/communications/new");
        Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString ?? refused.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_channel_manager_retrains_the_classifier_and_sees_the_accuracy_before_and_after(string provider)
    {
        using var contributor = await apps[provider].TokenClientAsync(TestApp.ContributorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsync("/api/v1/talk/retrain", null)).StatusCode);

        using var api = await apps[provider].TokenClientAsync(TestApp.ManagerEmail);
        var corrections = (await api.GetJsonAsync("/api/v1/talk/corrections")).GetArrayLength();
        var model = await api.GetJsonAsync("/api/v1/talk/model");
        Assert.Equal(10, model.GetProperty("autoRetrainAfter").GetInt32());

        // A dry run measures without putting the model in use.
        var dry = await (await api.PostAsJsonAsync("/api/v1/talk/retrain", new { dryRun = true })).JsonAsync();
        Assert.Equal(0, dry.GetProperty("versionId").GetInt32());
        Assert.Equal(model.GetProperty("shipped").GetBoolean(), (await api.GetJsonAsync("/api/v1/talk/model")).GetProperty("shipped").GetBoolean());

        using var manager = await apps[provider].LoginAsync(TestApp.ManagerEmail);
        var page = await manager.GetStringAsync("/talk/check");
        Assert.Contains("id=\"retrain\"", page, StringComparison.Ordinal);
        var posted = await manager.PostAsync("/talk/check?handler=Retrain", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestClients.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var shown = await manager.GetStringAsync("/talk/check");
        Assert.Contains("id=\"retraining\"", shown, StringComparison.Ordinal);
        Assert.Contains("id=\"retrained\"", shown, StringComparison.Ordinal);

        var after = await api.GetJsonAsync("/api/v1/talk/model");
        Assert.False(after.GetProperty("shipped").GetBoolean());
        Assert.Equal(0, after.GetProperty("correctionsSinceRetraining").GetInt32());
        var last = after.GetProperty("lastRetraining");
        Assert.Equal(corrections, last.GetProperty("corrections").GetInt32());
        Assert.Equal(TestApp.ManagerEmail, last.GetProperty("createdBy").GetString());
        Assert.InRange(last.GetProperty("heldOutSentences").GetInt32(), 300, 5000);
        if (corrections == 0)
        {
            // Nothing new to learn from: the trainer is deterministic, so the model trained again on the same
            // training part scores exactly what the model in use scores.
            Assert.Equal(last.GetProperty("accuracyBefore").GetDouble(), last.GetProperty("accuracyAfter").GetDouble());
            Assert.Equal(last.GetProperty("binaryBefore").GetDouble(), last.GetProperty("binaryAfter").GetDouble());
        }
        Assert.InRange(last.GetProperty("binaryAfter").GetDouble(), 0.85, 1.0);
    }
}
