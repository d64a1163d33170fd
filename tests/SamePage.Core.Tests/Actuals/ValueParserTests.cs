using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("1234.56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1,234,567", 1234567)]
    [InlineData(" -0.15 ", -0.15)]
    [InlineData("+42", 42)]
    [InlineData(".5", 0.5)]
    [InlineData("0", 0)]
    public void Parses_invariant_numbers(string text, double expected)
    {
        Assert.True(ValueParser.TryParseDecimal(text, NumberCulture.Invariant, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1234,56", 1234.56)]
    [InlineData("0,15", 0.15)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("-3,5", -3.5)]
    public void Parses_german_numbers(string text, double expected)
    {
        Assert.True(ValueParser.TryParseDecimal(text, NumberCulture.German, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1,5", NumberCulture.Invariant, "decimal comma")]
    [InlineData("1.234,56", NumberCulture.Invariant, "decimal comma")]
    [InlineData("0.15", NumberCulture.German, "decimal point")]
    [InlineData("12,34.5", NumberCulture.Invariant, "not a number")]
    [InlineData("1e5", NumberCulture.Invariant, "not a number")]
    [InlineData("15%", NumberCulture.Invariant, "fractions")]
    [InlineData("EUR 10", NumberCulture.Invariant, "not a number")]
    [InlineData("1.", NumberCulture.Invariant, "not a number")]
    public void Rejects_ambiguous_or_foreign_numbers_with_a_reason(string text, NumberCulture culture, string reasonPart)
    {
        Assert.False(ValueParser.TryParseDecimal(text, culture, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-15", NumberCulture.Invariant)]
    [InlineData("2025-03-15T10:30:00", NumberCulture.Invariant)]
    [InlineData("2025-03-15 10:30", NumberCulture.Invariant)]
    [InlineData("15.03.2025", NumberCulture.German)]
    [InlineData("15.3.2025", NumberCulture.German)]
    [InlineData("15.03.2025 00:00", NumberCulture.German)]
    [InlineData("2025-03-15", NumberCulture.German)]
    public void Parses_dates(string text, NumberCulture culture)
    {
        Assert.True(ValueParser.TryParseDate(text, culture, out var date, out _));
        Assert.Equal(new DateOnly(2025, 3, 15), date);
    }

    [Theory]
    [InlineData("15.03.2025", NumberCulture.Invariant, "--culture de-DE")]
    [InlineData("2025-02-30", NumberCulture.Invariant, "not a date")]
    [InlineData("31.02.2025", NumberCulture.German, "not a valid calendar date")]
    [InlineData("03/15/2025", NumberCulture.Invariant, "YYYY-MM-DD")]
    public void Rejects_bad_dates_with_a_reason(string text, NumberCulture culture, string reasonPart)
    {
        Assert.False(ValueParser.TryParseDate(text, culture, out _, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,15", NumberCulture.German)]
    [InlineData("1.234,5", NumberCulture.German)]
    [InlineData("15.03.2025", NumberCulture.German)]
    [InlineData("0.15", NumberCulture.Invariant)]
    [InlineData("1234.5", NumberCulture.Invariant)]
    [InlineData("1,234", null)]
    [InlineData("1.500", null)]
    [InlineData("1500", null)]
    public void Tells_which_convention_a_value_proves(string text, NumberCulture? expected)
    {
        Assert.Equal(expected, ValueParser.Evidence(text));
    }

    [Theory]
    [InlineData("de-DE", NumberCulture.German)]
    [InlineData("de-AT", NumberCulture.German)]
    [InlineData("en-US", NumberCulture.Invariant)]
    [InlineData("invariant", NumberCulture.Invariant)]
    [InlineData(null, null)]
    public void Maps_culture_names(string? name, NumberCulture? expected)
    {
        Assert.Equal(expected, NumberCultures.FromName(name));
    }
}
