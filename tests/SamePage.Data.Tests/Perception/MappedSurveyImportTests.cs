using Microsoft.EntityFrameworkCore;
using SamePage.Core.Mapping;
using SamePage.Core.Perception;
using SamePage.Data.Imports;
using SamePage.Data.Perception;
using SamePage.TestSupport;

namespace SamePage.Data.Tests.Perception;

/// <summary>A survey tool's export (its own headers, partners by company name, answers as labels) imported through a mapping.</summary>
public sealed class MappedSurveyImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Survey_tool_answers_become_responses_with_labels_mapped_to_scores(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SurveyFixture.SeedAsync(database);
        int waveId;
        await using (var db = database.CreateContext())
        {
            var service = new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db));
            var wave = await service.CreateWaveAsync(SurveyFixture.Solution, null, "Wave 1", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
            await service.OpenAsync(wave.Id);
            waveId = wave.Id;
        }

        var path = Path.Join(Path.GetTempPath(), $"survey-tool-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path,
            "Response ID;Submitted at;Company;Deals next quarter;How likely are you to recommend us?;Anything else?\n" +
            "R-1;2026-11-03 10:12;m1 gmbh;2,5;Extremely likely;gern mehr davon\n" +
            "R-2;2026-11-04 09:00;M2 GmbH;1;Not at all likely;\n" +
            "R-3;2026-11-04 09:30;Unknown AG;1;Extremely likely;\n");
        var mapping = MappingJson.Read("""
            {
              "format": "samepage.mapping/1", "kind": "survey-responses",
              "columns": {
                "externalId": { "column": "Response ID" },
                "partnerId": { "column": "Company", "match": "name" },
                "est.deals": { "column": "Deals next quarter" },
                "nps": { "column": "How likely are you to recommend us?", "values": { "Extremely likely": "10", "Not at all likely": "0" } },
                "comment": { "column": "Anything else?" }
              }
            }
            """);
        try
        {
            await using var db = database.CreateContext();
            var kind = new SurveyResponsesImportKind(new SurveyService(db, new SamePage.Data.Values.ValueModelStore(db)), db);
            var request = new ImportRequest(path, "survey-tool.csv") { Mapping = mapping, SkipInvalid = true, Parameters = new Dictionary<string, string> { ["wave"] = $"{waveId}" } };
            var outcome = await kind.ImportAsync(request, null, CancellationToken.None);
            Assert.True(outcome.Committed);
            Assert.Equal(2, outcome.Inserted);
            var issue = Assert.Single(outcome.Report.Issues);
            Assert.Equal((4L, "partnerId (Company)", "Unknown AG"), (issue.Line, issue.Column, issue.Value));

            var again = await kind.ImportAsync(request, null, CancellationToken.None);
            Assert.Equal((0L, 0L, 2L), (again.Inserted, again.Updated, again.Unchanged));
        }
        finally
        {
            File.Delete(path);
        }

        await using var check = database.CreateContext();
        var r1 = await check.SurveyResponses.SingleAsync(r => r.ExternalId == "R-1");
        Assert.Equal([new SurveyAnswer("est.deals", 2.5), new SurveyAnswer("nps", 10), new SurveyAnswer("comment", null, "gern mehr davon")], SurveyJson.ReadAnswers(r1.AnswersJson));
        var r2 = await check.SurveyResponses.SingleAsync(r => r.ExternalId == "R-2");
        Assert.Equal(0d, SurveyJson.ReadAnswers(r2.AnswersJson).Single(a => a.QuestionId == "nps").Number);
    }
}
