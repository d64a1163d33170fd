using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class ValueMapTests
{
    private static readonly ValueMap s_stages = new(new Dictionary<string, string>
    {
        ["Closed Won"] = "won",
        ["closedwon"] = "won",
        ["*won*"] = "won",
        ["*lost*"] = "lost",
        ["Geschlossen und verloren"] = "lost",
        ["*"] = "skip",
    });

    [Theory]
    [InlineData("Closed Won", "won")]
    [InlineData("  closed   WON ", "won")]
    [InlineData("closedwon", "won")]
    [InlineData("Deal won (verbal)", "won")]
    [InlineData("Closed Lost", "lost")]
    [InlineData("GESCHLOSSEN UND VERLOREN", "lost")]
    [InlineData("Negotiation/Review", "skip")]
    public void Exact_keys_first_then_patterns_in_order(string value, string expected) => Assert.Equal(expected, s_stages.Find(value));

    [Fact]
    public void A_value_no_key_or_pattern_matches_has_no_target()
    {
        var map = new ValueMap(new Dictionary<string, string> { ["New Customer"] = "new", ["*renewal*"] = "renewal" });
        Assert.Null(map.Find("Upgrade"));
        Assert.Equal("renewal", map.Find("Existing Customer - Renewal"));
    }
}
