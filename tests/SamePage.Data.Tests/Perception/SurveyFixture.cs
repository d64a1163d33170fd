using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.Data.Values;
using SamePage.TestSupport;
using SamePage.Core.Actuals;

namespace SamePage.Data.Tests.Perception;

/// <summary>A solution with a tiny value model (segment MSP) and partners M1..M6 (MSP) and R1 (Reseller).</summary>
internal static class SurveyFixture
{
    public const string Solution = "Tiny Backup";

    public const string ModelJson = """
        {
          "schema": "samepage.valuemodel/1", "solution": "Tiny Backup", "segment": "MSP", "currency": "EUR",
          "horizonMonths": 12, "discountRate": 0,
          "inputs": [
            { "name": "deals", "unit": "count", "low": 1, "likely": 2, "high": 3, "actual": "dealsPerMonth", "label": { "en": "Deals per month", "de": "Abschlüsse pro Monat" } },
            { "name": "margin", "unit": "percent", "likely": 0.2, "askPartners": true, "label": { "en": "Margin", "de": "Marge" } },
            { "name": "price", "unit": "currency", "likely": 500 }
          ],
          "drivers": [
            { "name": "income", "category": "benefit", "stream": "resale", "formula": "deals * price * margin", "label": { "en": "Margin income", "de": "Margenerlöse" } }
          ]
        }
        """;

    public static async Task<Dictionary<string, int>> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.VendorSettings.Add(new VendorSettings { Name = "Test vendor" });
        db.Solutions.Add(new Solution { Name = Solution });
        foreach (var id in new[] { "M1", "M2", "M3", "M4", "M5", "M6" })
        {
            db.Partners.Add(new Partner { ExternalId = id, Name = $"{id} GmbH", Type = PartnerType.Msp, Segment = "MSP" });
        }

        db.Partners.Add(new Partner { ExternalId = "R1", Name = "R1 GmbH", Type = PartnerType.Reseller, Segment = "Reseller" });
        await db.SaveChangesAsync();
        await new ValueModelStore(db).SaveAsync(ModelJson, "test");
        return await db.Partners.ToDictionaryAsync(p => p.ExternalId, p => p.Id);
    }
}
