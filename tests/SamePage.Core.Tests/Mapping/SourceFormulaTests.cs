using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class SourceFormulaTests
{
    private static readonly string[] s_headers = ["Quantity", "Unit Price", "EffectiveUnitPrice", "Stückpreis", "Net Price"];

    [Fact]
    public void Bare_names_match_headers_without_spaces_and_brackets_take_any_header()
    {
        var margin = SourceFormula.Compile("1 - EffectiveUnitPrice / UnitPrice", s_headers);
        Assert.Equal([2, 1], margin.Columns);
        Assert.Equal(1m - (8.5m / 10m), margin.Evaluate([8.5m, 10m]));

        var revenue = SourceFormula.Compile("[Stückpreis] * Quantity", s_headers);
        Assert.Equal(3m * 19.99m, revenue.Evaluate([19.99m, 3m]));
    }

    [Fact]
    public void Bracketed_alternatives_take_the_first_header_the_file_has()
    {
        var formula = SourceFormula.Compile("[List Price|Unit Price] * [Qty|Quantity]", s_headers);
        Assert.Equal([1, 0], formula.Columns);
    }

    [Fact]
    public void Decimals_keep_their_cents()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles.
        Assert.Equal(0.3m, SourceFormula.Compile("Quantity + [Unit Price]", s_headers).Evaluate([0.1m, 0.2m]));
        Assert.Equal(7m, SourceFormula.Compile("round(max(Quantity, 6.6))", s_headers).Evaluate([2m]));
        Assert.Equal(4m, SourceFormula.Compile("if(Quantity > 2, 4, 5)", s_headers).Evaluate([3m]));
    }

    [Fact]
    public void Division_by_zero_is_an_arithmetic_error_not_infinity()
    {
        var formula = SourceFormula.Compile("1 - EffectiveUnitPrice / UnitPrice", s_headers);
        Assert.Throws<DivideByZeroException>(() => formula.Evaluate([0m, 0m]));
    }

    [Theory]
    [InlineData("Quantity * Price", "'Price'")]
    [InlineData("[Unit Price * 2", "not closed")]
    [InlineData("Quantity *", "formula")]
    [InlineData("sum(Quantity)", "sum")]
    public void Bad_formulas_say_what_is_wrong(string formula, string expected)
    {
        var error = Assert.Throws<ImportMappingException>(() => SourceFormula.Compile(formula, s_headers));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
