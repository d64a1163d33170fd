using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class MappingDocumentTests
{
    [Theory]
    [InlineData("{", "JSON")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","columns":{"amount":{"column":"X"}}}""", "deals has no column amount")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","colums":{}}""", "colums")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","columns":{"status":{"column":"S","values":{"Won":"gewonnen"}}}}""", "'gewonnen' is not one of won, lost or skip")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","columns":{"seats":{"column":"S","constant":"1"}}}""", "exactly one of")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","columns":{"date":{"formula":"A+1"}}}""", "not a number column")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"invoices","columns":{}}""", "invoices")]
    [InlineData("""{"format":"samepage.mapping/2","kind":"deals","columns":{}}""", "format")]
    [InlineData("""{"format":"samepage.mapping/1","kind":"deals","dateFormats":["%Y"],"columns":{}}""", "dateFormats")]
    public void A_bad_mapping_says_where_and_why(string json, string expected)
    {
        var error = Assert.Throws<ImportMappingException>(() => CompiledMapping.Compile(MappingJson.Read(json), ["A", "S", "X"]));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_or_deep_mapping_is_refused_before_it_is_parsed()
    {
        Assert.Throws<ImportMappingException>(() => MappingJson.Read(new string(' ', MappingLimits.MaxDocumentBytes + 1)));
        Assert.Throws<ImportMappingException>(() => MappingJson.Read(new string('[', 10_000)));
    }

    [Fact]
    public void Every_preset_is_documented_and_compiles_against_its_first_column_names()
    {
        Assert.Equal(["distributor-sales-out", "hubspot-deals", "partner-center-reconciliation", "salesforce-opportunities"], MappingPresets.All.Select(p => p.Name));
        foreach (var preset in MappingPresets.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(preset.Description));
            var headers = preset.Columns.Values.SelectMany(c => (c.Column ?? []).Take(1).Concat(c.Join ?? []))
                .Concat(preset.Columns.Values.Where(c => c.Formula is not null).SelectMany(c => System.Text.RegularExpressions.Regex.Matches(c.Formula!, @"\[([^|\]]+)").Select(m => m.Groups[1].Value)))
                .Distinct().ToList();
            var compiled = CompiledMapping.Compile(MappingPresets.Resolve(preset, headers), headers);
            Assert.NotEmpty(compiled.Rules);
        }
    }

    [Fact]
    public void A_mapping_written_and_read_again_is_the_same_mapping()
    {
        var preset = MappingPresets.Get("salesforce-opportunities");
        var again = MappingJson.Read(MappingJson.Write(preset));
        Assert.Equal(MappingJson.Write(preset), MappingJson.Write(again));
        Assert.Equal(preset.Columns["status"].Values!["Closed Won"], again.Columns["status"].Values!["Closed Won"]);
    }
}
