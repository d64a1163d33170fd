using System.Text;
using SamePage.Core.Tests.Fuzz;
using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>Formulas and models a client controls are bounded before any recursive walk sees them.</summary>
public sealed class InputLimitsTests
{
    [Fact]
    public void A_chain_of_ten_thousand_operators_is_a_syntax_error_not_a_stack_overflow()
    {
        // The attack: 10,000 chained additions (about 20 KB) once overflowed the stack in the name check.
        var formula = "1" + string.Concat(Enumerable.Repeat("+1", 10_000));
        IReadOnlyList<ModelError> diagnostics = [];
        SmallStack.Run(() => diagnostics = TestModels.Diagnostics(TestModels.Model([TestModels.Input("x", 1)], [TestModels.Driver("f", formula)])));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("formula.syntax", error.Code);
        Assert.Equal("$.drivers[0].formula", error.Path);
    }

    [Fact]
    public void A_chain_just_under_the_tree_limit_still_compiles_and_adds_up()
    {
        // 199 additions build a tree 200 deep: the deepest accepted. Its value is 200 by hand.
        var formula = "1" + string.Concat(Enumerable.Repeat("+1", FormulaParser.MaxTreeDepth - 1));
        Assert.Equal(200, TestModels.Formula(formula));
        var tooDeep = formula + "+1";
        var ex = Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(tooDeep));
        Assert.Contains("deep", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min(", "x, ", "x)")]
    [InlineData("-", "", "x")]
    [InlineData("(", "", "x)")]
    public void Deep_nesting_of_calls_unary_operators_and_parentheses_is_refused(string open, string middle, string close)
    {
        var formula = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            formula.Append(open);
        }

        formula.Append(middle).Append('x');
        for (var i = 0; i < 5_000; i++)
        {
            formula.Append(close.Replace("x", "1", StringComparison.Ordinal));
        }

        Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(formula.ToString()));
    }

    [Fact]
    public void A_long_chain_of_powers_is_refused_by_the_parser_itself()
    {
        // Found by the formula fuzzer: the right-associative power recursed without counting its depth.
        var formula = "2" + string.Concat(Enumerable.Repeat("^1", 40_000));
        SmallStack.Run(() => Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(formula)));
        Assert.Equal(2, TestModels.Formula("2" + string.Concat(Enumerable.Repeat("^1", 50))));
    }

    [Fact]
    public void A_formula_longer_than_the_limit_is_refused_by_its_length()
    {
        var formula = new string('1', FormulaParser.MaxLength + 1);
        var ex = Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(formula));
        Assert.Contains(FormulaParser.MaxLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_more_rows_than_the_limit_is_refused_before_its_formulas_are_parsed()
    {
        var drivers = Enumerable.Range(0, ValueModelValidator.MaxRows + 1)
            .Select(i => TestModels.Driver($"d{i}", i == 0 ? "x" : $"d{i - 1} + 1"));
        var diagnostics = TestModels.Diagnostics(TestModels.Model([TestModels.Input("x", 1)], drivers));

        var error = Assert.Single(diagnostics);
        Assert.Equal("model.size", error.Code);
        Assert.Equal("$.drivers", error.Path);
    }

    [Fact]
    public void A_chain_of_a_thousand_drivers_each_using_the_previous_evaluates()
    {
        // The deepest driver graph the size limit allows; its last driver is x + 999 by hand.
        var drivers = Enumerable.Range(0, ValueModelValidator.MaxRows)
            .Select(i => TestModels.Driver($"d{i}", i == 0 ? "x" : $"d{i - 1} + 1"));
        var model = WorkedExample.Compile(TestModels.Model([TestModels.Input("x", 1)], drivers, horizon: 1));
        Assert.Equal(1000, model.Evaluate().Drivers[^1].Monthly[0]);
    }

    [Fact]
    public void Deeply_nested_model_json_is_a_json_error_with_its_position()
    {
        var json = "{\"schema\":\"samepage.valuemodel/1\",\"description\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var result = ValueModelJson.Parse(json);
        var error = Assert.Single(result.Errors, e => e.IsError);
        Assert.Equal("json.invalid", error.Code);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }
}
