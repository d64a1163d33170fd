using SamePage.Core.Actuals;
using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("$1,234,567.00", NumberCulture.Invariant, "1234567.00", "USD")]
    [InlineData("EUR 12.500,00", NumberCulture.German, "12500.00", "EUR")]
    [InlineData("12.500,00 €", NumberCulture.German, "12500.00", "EUR")]
    [InlineData("12,500.00 USD", NumberCulture.Invariant, "12500.00", "USD")]
    [InlineData("£99.5", NumberCulture.Invariant, "99.5", "GBP")]
    [InlineData("($1,000.00)", NumberCulture.Invariant, "-1000.00", "USD")]
    [InlineData("$(1,000.00)", NumberCulture.Invariant, "-1000.00", "USD")]
    [InlineData("-€12,50", NumberCulture.German, "-12.50", "EUR")]
    [InlineData("1.234,50-", NumberCulture.German, "-1234.50", null)]
    [InlineData("12 500,00", NumberCulture.German, "12500.00", null)]
    [InlineData("1'234.50", NumberCulture.Invariant, "1234.50", null)]
    [InlineData("1234.5", NumberCulture.Invariant, "1234.5", null)]
    public void Amounts_as_exports_write_them(string text, NumberCulture culture, string expected, string? currency)
    {
        Assert.True(AmountParser.TryParse(text, culture, suffixes: false, percent: false, out var amount, out var reason), reason);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
    }

    [Fact]
    public void A_value_that_can_only_be_the_other_culture_is_read_as_that_culture()
    {
        // Both marks, in German order: never an invariant number, so no misreading is possible.
        Assert.True(AmountParser.TryParse("1.234,56", NumberCulture.Invariant, false, false, out var german, out _));
        Assert.Equal(1234.56m, german.Value);

        // One mark only stays with the file's culture: "1,5" under invariant numbers is refused, never 15.
        Assert.False(AmountParser.TryParse("1,5", NumberCulture.Invariant, false, false, out _, out var reason));
        Assert.Contains("decimal comma", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.5k", "12500")]
    [InlineData("1.2m", "1200000")]
    [InlineData("3 Mio", "3000000")]
    [InlineData("$2K", "2000")]
    public void Suffixes_multiply_when_the_mapping_allows_them(string text, string expected)
    {
        Assert.False(AmountParser.TryParse(text, NumberCulture.Invariant, suffixes: false, percent: false, out _, out var reason));
        Assert.Contains("\"suffixes\": true", reason, StringComparison.Ordinal);
        Assert.True(AmountParser.TryParse(text, NumberCulture.Invariant, suffixes: true, percent: false, out var amount, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
    }

    [Theory]
    [InlineData("15 %", NumberCulture.Invariant, "0.15")]
    [InlineData("15%", NumberCulture.Invariant, "0.15")]
    [InlineData("12,5 %", NumberCulture.German, "0.125")]
    public void Percentages_read_as_fractions_only_where_the_target_is_one(string text, NumberCulture culture, string expected)
    {
        Assert.True(AmountParser.TryParse(text, culture, false, percent: true, out var amount, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.False(AmountParser.TryParse(text, culture, false, percent: false, out _, out var reason));
        Assert.Contains("not a fraction", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twelve")]
    [InlineData("$")]
    [InlineData("1,23,4.00")]
    [InlineData("")]
    public void Text_that_is_no_amount_is_refused_with_a_reason(string text)
    {
        Assert.False(AmountParser.TryParse(text, NumberCulture.Invariant, true, true, out _, out var reason));
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [Fact]
    public void A_very_long_value_is_refused_without_being_walked()
    {
        Assert.False(AmountParser.TryParse(new string('9', 10_000), NumberCulture.Invariant, true, true, out _, out var reason));
        Assert.Contains("64", reason, StringComparison.Ordinal);
    }
}
