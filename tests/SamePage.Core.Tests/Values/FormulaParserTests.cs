using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class FormulaParserTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("24 / 4 / 2", 3)]
    [InlineData("2 ^ 3 ^ 2", 512)]
    [InlineData("-2 ^ 2", -4)]
    [InlineData("2 ^ -1", 0.5)]
    [InlineData("--3", 3)]
    [InlineData("1.5e3 + .5", 1500.5)]
    [InlineData("x * y - x / y", 11.25)]
    [InlineData("x < y", 1)]
    [InlineData("x <= 3", 1)]
    [InlineData("x > y", 0)]
    [InlineData("x >= 4", 0)]
    [InlineData("x == 3", 1)]
    [InlineData("x != 3", 0)]
    [InlineData("1 + 2 < 4 && 2 > 1", 1)]
    [InlineData("0 || x > 5", 0)]
    [InlineData("!0 + !5", 1)]
    [InlineData("x > 1 && y > 1 || 0", 1)]
    public void Operators_follow_precedence(string formula, double expected)
    {
        Assert.Equal(expected, TestModels.Formula(formula), 1e-12);
    }

    [Theory]
    [InlineData("min(x, y, 2)", 2)]
    [InlineData("max(x, y)", 4)]
    [InlineData("pow(2, 10)", 1024)]
    [InlineData("exp(0)", 1)]
    [InlineData("ln(exp(2))", 2)]
    [InlineData("abs(x - y)", 1)]
    [InlineData("round(2.345, 2)", 2.35)]
    [InlineData("round(2.5)", 3)]
    [InlineData("round(-2.5)", -3)]
    [InlineData("round(1234.5, -2)", 1200)]
    [InlineData("if(x > y, 10, 20)", 20)]
    [InlineData("if(x, 10, 20)", 10)]
    public void Functions_compute_their_values(string formula, double expected)
    {
        Assert.Equal(expected, TestModels.Formula(formula), 1e-12);
    }

    [Fact]
    public void If_and_logic_do_not_evaluate_the_branch_not_taken()
    {
        // A division by zero in the branch not taken must not fail.
        Assert.Equal(7, TestModels.Formula("if(x - 3 > 0, 1 / (x - 3), 7)"));
        Assert.Equal(0, TestModels.Formula("x < 0 && 1 / (x - 3) > 0"));
        Assert.Equal(1, TestModels.Formula("x > 0 || 1 / (x - 3) > 0"));
    }

    [Fact]
    public void Month_is_the_month_of_the_horizon()
    {
        Assert.Equal(5, TestModels.Formula("month", 5));
        Assert.Equal(12, TestModels.Formula("month * 1", 12));
    }

    [Theory]
    [InlineData("x + * y", 5, "Unexpected '*'")]
    [InlineData("(x + y", 7, "Expected ')' but found end of formula")]
    [InlineData("x + ", 5, "Unexpected end of formula")]
    [InlineData("min(x y)", 7, "Expected ',' or ')' but found 'y'")]
    [InlineData("x = y", 3, "Unexpected '=' (use '==' to compare)")]
    [InlineData("x # 2", 3, "Unexpected character '#'")]
    [InlineData("x y", 3, "Unexpected 'y'")]
    [InlineData("3x", 1, "Invalid number '3x'")]
    [InlineData("   ", 1, "Empty formula")]
    public void Syntax_errors_give_the_position(string formula, int position, string reason)
    {
        var error = Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(formula));

        Assert.Equal(position, error.Position);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_error_not_a_crash()
    {
        var formula = new string('(', 5000) + "1" + new string(')', 5000);

        var error = Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(formula));

        Assert.StartsWith("Formula nested more than", error.Reason);
        Assert.Equal(2.0, TestModels.Formula(new string('(', 50) + "2" + new string(')', 50)));
    }

    [Fact]
    public void Parser_builds_the_tree_with_positions()
    {
        var tree = FormulaParser.Parse("a + b * 2");

        var sum = Assert.IsType<BinaryNode>(tree);
        Assert.Equal("+", sum.Operator);
        Assert.Equal(3, sum.Position);
        var product = Assert.IsType<BinaryNode>(sum.Right);
        Assert.Equal("*", product.Operator);
        Assert.Equal(new NameNode("b", 5), product.Left);
    }
}
