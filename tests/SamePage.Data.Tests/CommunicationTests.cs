using Microsoft.EntityFrameworkCore;
using SamePage.Core.Talk;
using SamePage.Core.Values;
using SamePage.Data.Entities;
using SamePage.Data.Talk;
using SamePage.Data.Values;
using SamePage.TestSupport;

namespace SamePage.Data.Tests;

/// <summary>Communications and talk corrections in the database: stored with their analysis, corrected, re-analysed.</summary>
public sealed class CommunicationTests
{
    // The worked example of docs/talk-analyzer.md: one product sentence, one business sentence → share 1/2.
    private const string Update = "Version 5.2 bringt Deduplizierung für Microsoft 365.\n\nIhre Marge steigt ab März auf 30 %.\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Retraining_with_corrections_stores_a_model_version_that_every_analyzer_then_uses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var talk = new TalkService(db, new ValueModelStore(db));
        Assert.Same(TalkClassifier.Shipped, await talk.ClassifierAsync());
        Assert.Null(await talk.LastRetrainingAsync());

        // The vendor's house style: roadshow stops are neutral, whatever the shipped model thinks of them.
        var sentences = Enumerable.Range(1, 4).Select(i => $"Roadshow stop {i} shows the new backup console live in city number {i}.").ToList();
        foreach (var sentence in sentences)
        {
            db.TalkCorrections.Add(new Entities.TalkCorrection { Sentence = sentence, Language = "en", Label = "neutral", CreatedAt = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync();
        Assert.Equal(4, await talk.CorrectionsSinceRetrainingAsync());
        var result = await talk.RetrainAsync("manager");

        Assert.Equal(4, result.Corrections);
        Assert.Equal(TalkCorpus.Embedded.Count(e => e.IsHeldOut), result.HeldOutSentences);
        Assert.Equal(4, result.CorrectionsAgreedAfter);
        Assert.True(result.CorrectionsAgreedAfter >= result.CorrectionsAgreedBefore);
        Assert.InRange(result.AccuracyAfter, 0.8, 1.0);
        Assert.InRange(Math.Abs(result.AccuracyAfter - result.AccuracyBefore), 0, 0.05);
        Assert.Equal(0, await talk.CorrectionsSinceRetrainingAsync());

        await using var other = database.CreateContext();
        var classifier = await new TalkService(other, new ValueModelStore(other)).ClassifierAsync();
        Assert.NotSame(TalkClassifier.Shipped, classifier);
        Assert.Equal(4, classifier.Info.Corrections);
        Assert.Equal(result.VersionId, (await new TalkService(other, new ValueModelStore(other)).LastRetrainingAsync())!.VersionId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Communications_are_stored_with_their_analysis_and_corrections_apply_on_reanalysis(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = database.CreateContext())
        {
            var solution = new Solution { Name = "Nordlicht Backup" };
            db.Solutions.Add(solution);
            await db.SaveChangesAsync();
            await new ValueModelStore(db).SaveAsync(DemoValueModels.ReadJson(DemoValueModels.NordlichtBackupMsp), "test");
            db.FeatureMappings.Add(new FeatureMapping { SolutionId = solution.Id, Feature = "Deduplizierung", DriverName = "serviceDelivery" });
            await db.SaveChangesAsync();

            var communication = new Communication
            {
                Title = "Update 5.2",
                Body = Update,
                SolutionId = solution.Id,
                Channel = "release-note",
                AudienceSegments = ["MSP"],
                AudiencePartnerTypes = ["Msp"],
                Date = new DateOnly(2026, 3, 1),
            };
            await new TalkService(db, new SamePage.Data.Values.ValueModelStore(db)).ApplyAnalysisAsync(communication);
            db.Communications.Add(communication);
            await db.SaveChangesAsync();
            id = communication.Id;
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Communications.SingleAsync(c => c.Id == id);
            Assert.Equal("de", stored.Language);
            Assert.Equal(0.5, stored.BusinessShare);
            Assert.Equal(["MSP"], stored.AudienceSegments);
            Assert.Equal(["Msp"], stored.AudiencePartnerTypes);
            var analysis = TalkService.Stored(stored)!;
            Assert.Equal([TalkLabel.Product, TalkLabel.Business], analysis.Sentences.Select(s => s.Label));
            // The mapped feature links the product sentence to the driver, and the suggestion carries the model's figure.
            Assert.Contains("serviceDelivery", analysis.Sentences[0].Drivers);
            var suggestion = Assert.Single(analysis.Suggestions);
            Assert.Contains("Kosten der Leistungserbringung", suggestion.Text, StringComparison.Ordinal);
            Assert.Contains("im Jahr", suggestion.Text, StringComparison.Ordinal);

            // A channel manager says the feature sentence is bridged: stored, and every communication re-analysed.
            await new TalkService(db, new SamePage.Data.Values.ValueModelStore(db)).CorrectAsync("Version 5.2 bringt Deduplizierung für Microsoft 365.", "de", TalkLabel.Bridged, "manager");
        }

        await using (var db = database.CreateContext())
        {
            var correction = await db.TalkCorrections.SingleAsync();
            Assert.Equal("bridged", correction.Label);
            Assert.Equal("manager", correction.CorrectedBy);
            var stored = await db.Communications.SingleAsync(c => c.Id == id);
            // Now 2 of 2 judged sentences are business talk.
            Assert.Equal(1.0, stored.BusinessShare);
            var analysis = TalkService.Stored(stored)!;
            Assert.Equal(TalkLabel.Bridged, analysis.Sentences[0].Label);
            Assert.Equal(TalkLabelSource.Correction, (await new TalkService(db, new SamePage.Data.Values.ValueModelStore(db)).AnalyzeAsync(stored)).Sentences[0].Source);

            // Update and delete.
            stored.Body = "Your margin rises to 25 % from April.";
            await new TalkService(db, new SamePage.Data.Values.ValueModelStore(db)).ApplyAnalysisAsync(stored);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.Communications.SingleAsync(c => c.Id == id);
            Assert.Equal("en", stored.Language);
            Assert.Equal("business", stored.DominantLabel);
            db.Communications.Remove(stored);
            await db.SaveChangesAsync();
            Assert.False(await db.Communications.AnyAsync());
        }
    }

    [Fact]
    public void Talk_mix_counts_sentence_shares_per_month()
    {
        var analyzer = new TalkAnalyzer();
        Communication Make(DateOnly date, string body)
        {
            var c = new Communication { Title = "t", Body = body, Date = date };
            TalkService.Store(c, analyzer.AnalyzeText(body));
            return c;
        }
        var months = TalkMix.ByMonth(
        [
            Make(new DateOnly(2024, 1, 3), "The new dashboard supports dark mode.\n\nYour margin rises to 25 % from April."),
            Make(new DateOnly(2024, 1, 20), "Version 3.0 adds a REST API and SAML single sign-on."),
            Make(new DateOnly(2024, 2, 5), "Your margin rises to 25 % from April."),
        ]);
        Assert.Equal(2, months.Count);
        // January: product, business, product → 1/3 business, 2/3 product; February: all business.
        Assert.Equal(2, months[0].Messages);
        Assert.Equal(1.0 / 3, months[0].Business, 6);
        Assert.Equal(2.0 / 3, months[0].Product, 6);
        Assert.Equal(1.0 / 3, months[0].BusinessShare!.Value, 6);
        Assert.Equal(1.0, months[1].Business, 6);
    }
}
