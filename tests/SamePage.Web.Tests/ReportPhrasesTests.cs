using System.Text.RegularExpressions;
using SamePage.Web.Reports;

namespace SamePage.Web.Tests;

public sealed partial class ReportPhrasesTests
{
    [Fact]
    public void Both_languages_have_the_same_templates_with_the_same_placeholders()
    {
        Assert.Equal(ReportPhrases.English.Keys.Order(), ReportPhrases.German.Keys.Order());
        foreach (var (key, english) in ReportPhrases.English)
        {
            Assert.True(Placeholders(english).SetEquals(Placeholders(ReportPhrases.German[key])), key);
        }
    }

    [Theory]
    [InlineData("en", "(?i)\\b(you|your|yours)\\b")]
    [InlineData("de", "\\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\\b")]
    public void Every_partner_sentence_speaks_to_the_partner(string language, string pronoun)
    {
        var phrases = language == "de" ? ReportPhrases.German : ReportPhrases.English;
        var keys = ReportPhrases.PartnerSentenceKeys(phrases).ToList();
        Assert.True(keys.Count > 20);
        Assert.All(keys, k => Assert.Matches(pronoun, phrases[k]));
        // The talk gate reads this text; every placeholder is filled.
        Assert.DoesNotContain("{", ReportPhrases.PartnerText(phrases), StringComparison.Ordinal);
    }

    [Fact]
    public void Money_and_numbers_follow_the_language()
    {
        Assert.Equal("23,966\u00a0€", ReportLanguage.English.Money(23_965.6));
        Assert.Equal("23.966\u00a0€", ReportLanguage.German.Money(23_965.6m));
        Assert.Equal("-1,235\u00a0€", ReportLanguage.English.Money(-1_234.5));
        Assert.Equal("1,92", ReportLanguage.German.Number(1.9166));
        Assert.Null(ReportLanguage.Parse("fr"));
        Assert.Same(ReportLanguage.German, ReportLanguage.Parse("DE"));
    }

    private static HashSet<string> Placeholders(string template) => [.. PlaceholderPattern().Matches(template).Select(m => m.Value)];

    [GeneratedRegex("\\{\\d+\\}")]
    private static partial Regex PlaceholderPattern();
}
