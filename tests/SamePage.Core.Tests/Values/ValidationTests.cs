using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

public sealed class ValidationTests
{
    private static ModelError Only(ValueModelDocument doc, string code)
    {
        var diagnostics = ValueModelValidator.Validate(doc);
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Unknown_name_is_an_error_with_position_and_suggestion()
    {
        var doc = TestModels.Model([TestModels.Input("seatPrice", 5, "currency")], [TestModels.Driver("a", "2 * seatprice", "benefit")]);

        var error = Only(doc, "formula.unknownName");

        Assert.Equal("$.drivers[0].formula", error.Path);
        Assert.Equal(ModelErrorSeverity.Error, error.Severity);
        Assert.Equal("Unknown name 'seatprice' in 'a' at position 5 (did you mean 'seatPrice'?).", error.Message);
        Assert.False(ValueModelCompiler.Compile(doc).Success);
    }

    [Fact]
    public void Syntax_error_names_the_driver_and_position()
    {
        var doc = TestModels.Model([TestModels.Input("x", 1)], [TestModels.Driver("a", "x * (x + 1")]);

        var error = Only(doc, "formula.syntax");

        Assert.Equal("Syntax error in 'a' at position 11: Expected ')' but found end of formula.", error.Message);
    }

    [Fact]
    public void Unknown_function_and_wrong_arity_are_errors()
    {
        var doc = TestModels.Model([TestModels.Input("x", 1)], [TestModels.Driver("a", "sqrt(x) + pow(x) + min")]);

        var diagnostics = ValueModelValidator.Validate(doc);

        Assert.Contains(diagnostics, d => d.Code == "formula.unknownFunction" && d.Message.Contains("'sqrt'"));
        Assert.Contains(diagnostics, d => d.Code == "formula.arity" && d.Message.Contains("pow() in 'a' at position 11 takes 2 argument(s), not 1"));
        Assert.Contains(diagnostics, d => d.Code == "formula.unknownName" && d.Message.Contains("'min' in 'a' at position 20 is a function"));
    }

    [Fact]
    public void Cycles_are_listed()
    {
        var doc = TestModels.Model(
            [TestModels.Input("x", 1)],
            [TestModels.Driver("a", "b + x"), TestModels.Driver("b", "c * 2"), TestModels.Driver("c", "a"), TestModels.Driver("d", "d + 1")]);

        var cycles = ValueModelValidator.Validate(doc).Where(d => d.Code == "driver.cycle").Select(d => d.Message).ToList();

        Assert.Equal(["Cycle between drivers: a -> b -> c -> a.", "Cycle between drivers: d -> d."], cycles);
    }

    [Fact]
    public void Duplicate_and_reserved_names_are_errors()
    {
        var doc = TestModels.Model(
            [TestModels.Input("x", 1), TestModels.Input("x", 2), TestModels.Input("month", 1), TestModels.Input("9a", 1)],
            [TestModels.Driver("x", "1")]);

        var diagnostics = ValueModelValidator.Validate(doc);

        Assert.Equal(["$.inputs[1].name", "$.drivers[0].name"], diagnostics.Where(d => d.Code == "name.duplicate").Select(d => d.Path));
        Assert.Contains(diagnostics, d => d.Code == "name.reserved" && d.Path == "$.inputs[2].name");
        Assert.Contains(diagnostics, d => d.Code == "name.invalid" && d.Path == "$.inputs[3].name");
    }

    [Fact]
    public void Range_errors_are_found()
    {
        var doc = TestModels.Model(
            [
                TestModels.Input("a", 2, low: 3, high: 4),
                TestModels.Input("b", 5, low: 1, high: 4),
                TestModels.Input("c", 1, low: 0),
                new ModelInput { Name = "d", Unit = "count" },
                TestModels.Input("e", 1, unit: "euro"),
            ],
            [TestModels.Driver("f", "1")]);

        var diagnostics = ValueModelValidator.Validate(doc);

        Assert.Contains(diagnostics, d => d.Code == "input.range.order" && d.Path == "$.inputs[0].low" && d.Message == "low (3) of 'a' is greater than likely (2).");
        Assert.Contains(diagnostics, d => d.Code == "input.range.order" && d.Path == "$.inputs[1].high");
        Assert.Contains(diagnostics, d => d.Code == "input.range.incomplete" && d.Path == "$.inputs[2].high");
        Assert.Contains(diagnostics, d => d.Code == "input.likely.missing" && d.Path == "$.inputs[3].likely");
        Assert.Contains(diagnostics, d => d.Code == "input.unit.unknown" && d.Path == "$.inputs[4].unit");
    }

    [Fact]
    public void Category_stream_and_timing_errors_are_found()
    {
        var doc = TestModels.Model(
            [],
            [
                TestModels.Driver("a", "1", "income"),
                TestModels.Driver("b", "1", "benefit", "licences"),
                TestModels.Driver("c", "1") with { At = 2, Start = 1 },
                TestModels.Driver("d", "1") with { Start = 6, End = 3 },
                TestModels.Driver("e", "1") with { End = 13 },
                TestModels.Driver("f", "1") with { RampMonths = -1 },
                TestModels.Driver("g", "1", "cost", "services"),
            ],
            horizon: 12);

        var diagnostics = ValueModelValidator.Validate(doc);

        Assert.Contains(diagnostics, d => d.Code == "driver.category.invalid" && d.Path == "$.drivers[0].category");
        Assert.Contains(diagnostics, d => d.Code == "driver.stream.invalid" && d.Path == "$.drivers[1].stream");
        Assert.Contains(diagnostics, d => d.Code == "driver.timing.conflict" && d.Path == "$.drivers[2].at");
        Assert.Contains(diagnostics, d => d.Code == "driver.timing.order" && d.Path == "$.drivers[3].end");
        Assert.Contains(diagnostics, d => d.Code == "driver.timing.outOfHorizon" && d.Message == "end (13) of 'e' must be between 1 and the horizon 12.");
        Assert.Contains(diagnostics, d => d.Code == "driver.ramp.invalid");
        Assert.Contains(diagnostics, d => d.Code == "driver.stream.ignored" && !d.IsError);
    }

    [Fact]
    public void Percent_given_as_whole_number_is_a_warning()
    {
        var doc = TestModels.Model([TestModels.Input("margin", 25, "percent", 10, 30)], [TestModels.Driver("a", "margin")]);

        var warning = Only(doc, "input.percent.scale");

        Assert.Equal(ModelErrorSeverity.Warning, warning.Severity);
        Assert.True(ValueModelCompiler.Compile(doc).Success);
    }

    [Fact]
    public void Model_settings_are_checked()
    {
        var doc = new ValueModelDocument { Solution = "", HorizonMonths = 0, DiscountRate = -2 };

        var codes = ValueModelValidator.Validate(doc).Select(d => d.Code).ToList();

        Assert.Contains("model.solution.missing", codes);
        Assert.Contains("model.horizon.invalid", codes);
        Assert.Contains("model.discountRate.invalid", codes);
    }

    [Fact]
    public void Unit_mismatch_is_a_warning_not_an_error()
    {
        var doc = TestModels.Model(
            [TestModels.Input("price", 5, "currency"), TestModels.Input("duration", 12, "months"), TestModels.Input("hours", 3, "hours")],
            [
                TestModels.Driver("odd", "price + duration", "benefit"),
                TestModels.Driver("effort", "hours * 2", "cost"),
                TestModels.Driver("fine", "price * duration / duration + 100 - if(price > 1, price, 0)", "benefit"),
                TestModels.Driver("rate", "price / hours"),
                TestModels.Driver("wage", "rate * hours", "cost"),
                TestModels.Driver("perHour", "hours / duration"),
                TestModels.Driver("growth", "exp(duration)"),
            ]);

        var compilation = ValueModelCompiler.Compile(doc);

        Assert.True(compilation.Success);
        var warnings = compilation.Warnings.ToList();
        Assert.Contains(warnings, w => w.Code == "unit.mismatch" && w.Path == "$.drivers[0].formula"
            && w.Message == "Unit mismatch in 'odd': cannot add currency and months at position 7.");
        Assert.Contains(warnings, w => w.Code == "unit.notCurrency" && w.Path == "$.drivers[1].formula" && w.Message.Contains("gives hours"));
        Assert.DoesNotContain(warnings, w => w.Path is "$.drivers[2].formula" or "$.drivers[4].formula");
        Assert.Equal("currency", compilation.Model!.UnitOf("rate"));
        Assert.Equal("currency", compilation.Model.UnitOf("wage"));
        Assert.Equal("hours/months", compilation.Model.UnitOf("perHour"));
        Assert.Contains(warnings, w => w.Path == "$.drivers[6].formula" && w.Message.Contains("exp() of months"));
    }

    [Fact]
    public void Worked_example_has_no_unit_warnings()
    {
        var compilation = ValueModelCompiler.Compile(WorkedExample.Document());

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("dimensionless", compilation.Model!.UnitOf("customers"));
    }
}
