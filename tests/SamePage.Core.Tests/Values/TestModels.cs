using SamePage.Core.Values;

namespace SamePage.Core.Tests.Values;

/// <summary>Small models built in code for focused tests.</summary>
internal static class TestModels
{
    public static ModelInput Input(string name, double likely, string unit = "count", double? low = null, double? high = null) =>
        new() { Name = name, Unit = unit, Likely = likely, Low = low, High = high };

    public static ModelDriver Driver(string name, string formula, string category = "metric", string? stream = null) =>
        new() { Name = name, Category = category, Stream = stream, Formula = formula };

    public static ValueModelDocument Model(IEnumerable<ModelInput> inputs, IEnumerable<ModelDriver> drivers, int horizon = 12, double discountRate = 0) =>
        new()
        {
            Solution = "Test",
            Currency = "EUR",
            HorizonMonths = horizon,
            DiscountRate = discountRate,
            Inputs = [.. inputs],
            Drivers = [.. drivers],
        };

    /// <summary>The value of a metric driver with the formula in the given month, with inputs x = 3 and y = 4.</summary>
    public static double Formula(string formula, int month = 1)
    {
        var model = Model([Input("x", 3), Input("y", 4)], [Driver("f", formula)]);
        return WorkedExample.Compile(model).Evaluate().Drivers[0].Monthly[month - 1];
    }

    public static IReadOnlyList<ModelError> Diagnostics(ValueModelDocument document) => ValueModelCompiler.Compile(document).Diagnostics;
}
