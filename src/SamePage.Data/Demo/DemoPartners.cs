using SamePage.Data.Entities;
using SamePage.Core.Actuals;

namespace SamePage.Data.Demo;

/// <summary>Deterministic partner companies across DE, AT, CH, NL and the UK, of all types and tiers.</summary>
public static class DemoPartners
{
    private static readonly string[] s_stems =
    [
        "Alpen", "Nord", "Rhein", "Donau", "Elb", "Hanse", "Spree", "Isar", "Main", "Weser", "Boden", "Harz", "Taunus", "Eifel", "Ruhr",
        "Amstel", "Maas", "Polder", "Thames", "Pennine", "Limmat", "Aare", "Tirol", "Wachau", "Salzach", "Kent", "Mersey", "Delta", "Fjord", "Heide",
    ];

    private static readonly string[] s_cores = ["Data", "Net", "IT", "Tech", "Cloud", "Systems", "Soft", "Com", "Digital", "Secure", "Logic", "Works"];

    private static readonly (string Country, string Suffix, string[] Regions, double Share)[] s_countries =
    [
        ("DE", "GmbH", ["Nord", "Süd", "West", "Ost"], 0.45),
        ("AT", "GmbH", ["Wien", "West"], 0.15),
        ("CH", "AG", ["Deutschschweiz", "Romandie"], 0.12),
        ("NL", "B.V.", ["Randstad", "Zuid"], 0.15),
        ("GB", "Ltd", ["London", "North"], 0.13),
    ];

    private static readonly (PartnerType Type, double Share)[] s_types =
    [
        (PartnerType.Msp, 0.30), (PartnerType.Reseller, 0.28), (PartnerType.Var, 0.18), (PartnerType.Si, 0.18), (PartnerType.Distributor, 0.06),
    ];

    private static readonly (string Tier, double Share)[] s_tiers = [("Registered", 0.45), ("Silver", 0.30), ("Gold", 0.18), ("Platinum", 0.07)];

    public static IEnumerable<Partner> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var created = new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
        {
            var country = Pick(random, s_countries, c => c.Share);
            var type = Pick(random, s_types, t => t.Share).Type;
            var stem = s_stems[random.Next(s_stems.Length)];
            var core = s_cores[random.Next(s_cores.Length)];
            var suffix = count > s_stems.Length * s_cores.Length ? $" {i}" : "";
            yield return new Partner
            {
                ExternalId = $"P{i:00000}",
                Name = $"{stem}{core}{suffix} {country.Suffix}",
                Type = type,
                Tier = Pick(random, s_tiers, t => t.Share).Tier,
                Country = country.Country,
                Region = country.Regions[random.Next(country.Regions.Length)],
                Segment = DemoCatalog.SegmentOf(type),
                InformationNeeds = [.. InformationNeeds(type, random)],
                CreatedAt = created,
            };
        }
    }

    private static IEnumerable<string> InformationNeeds(PartnerType type, Random random)
    {
        string[] needs = type switch
        {
            PartnerType.Msp => ["recurringMarginIncome", "managedServices", "serviceDelivery", "onboarding", "presales"],
            PartnerType.Si => ["projectServices", "licenceResale", "supportContracts", "presales", "certification"],
            _ => ["licenceResale", "renewals", "implementationServices", "salesEffort", "serviceDelivery"],
        };
        // Partners rank the same needs a little differently.
        return needs.OrderBy(_ => random.Next(3)).Take(3 + random.Next(3));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> share)
    {
        var x = random.NextDouble() * items.Sum(share);
        foreach (var item in items)
        {
            x -= share(item);
            if (x <= 0)
            {
                return item;
            }
        }
        return items[^1];
    }
}
