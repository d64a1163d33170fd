using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class ReferenceDirectoryTests
{
    private static readonly ReferenceDirectory s_directory = new(
        [
            new("P1", "Müller IT GmbH", "0015g00000AbCdE", ["Mueller IT"]),
            new("P2", "Alpen Systems AG", null, []),
            new("P3", "Nordwind Solutions", null, []),
            new("P4", "Nordwind Solutions", null, []),
        ],
        [new(1, "Nordlicht Backup", "EUR"), new(2, "Nordlicht Analytics Suite", "EUR")]);

    [Theory]
    [InlineData("P2", PartnerMatch.Auto, "P2")]
    [InlineData("  müller it  gmbh ", PartnerMatch.Name, "P1")]
    [InlineData("MUELLER IT", PartnerMatch.Name, "P1")]
    [InlineData("0015g00000AbCdE", PartnerMatch.CrmId, "P1")]
    [InlineData("0015g00000abcde", PartnerMatch.Auto, "P1")]
    public void Partners_by_id_crm_id_name_or_alias(string value, PartnerMatch match, string expected) =>
        Assert.Equal((expected, (string?)null), s_directory.FindPartner(value, match));

    [Fact]
    public void An_unknown_name_names_the_closest_partners()
    {
        var (id, problem) = s_directory.FindPartner("Muller IT GmbH", PartnerMatch.Name);
        Assert.Null(id);
        Assert.Contains("closest: Müller IT GmbH (P1)", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpen", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_name_is_an_error_that_lists_who_carries_it()
    {
        var (id, problem) = s_directory.FindPartner("nordwind solutions", PartnerMatch.Auto);
        Assert.Null(id);
        Assert.Contains("ambiguous", problem, StringComparison.Ordinal);
        Assert.Contains("(P3)", problem, StringComparison.Ordinal);
        Assert.Contains("(P4)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_by_one_kind_of_key_does_not_fall_back_to_another()
    {
        Assert.NotNull(s_directory.FindPartner("Alpen Systems AG", PartnerMatch.ExternalId).Problem);
        Assert.NotNull(s_directory.FindPartner("P2", PartnerMatch.Name).Problem);
    }

    [Fact]
    public void Solutions_by_name_or_id_and_a_product_label_by_the_solution_it_contains()
    {
        Assert.Equal(1, s_directory.FindSolution(" nordlicht   BACKUP ").Solution!.Id);
        Assert.Equal(2, s_directory.FindSolution("2").Solution!.Id);
        Assert.Contains("closest: Nordlicht Backup", s_directory.FindSolution("Nordlicht Bakup").Problem, StringComparison.Ordinal);
        Assert.Equal(1, s_directory.ClosestSolution("Nordlicht Backup for Microsoft 365")!.Id);
    }

    [Fact]
    public void Closest_names_are_computed_for_a_bounded_number_of_unknown_names()
    {
        // A wrongly mapped column makes every row unknown: the edit distances to every partner stop after 200 names.
        var directory = new ReferenceDirectory([.. Enumerable.Range(0, 1000).Select(i => new KnownPartner($"P{i}", $"Partner {i}", null, []))], []);
        var problems = Enumerable.Range(0, 201).Select(i => directory.FindPartner($"Customer {i}", PartnerMatch.Name).Problem!).ToList();
        Assert.All(problems.Take(200), p => Assert.DoesNotContain("no closest names", p, StringComparison.Ordinal));
        Assert.Contains("no closest names after 200 unknown ones", problems[200], StringComparison.Ordinal);
    }
}
