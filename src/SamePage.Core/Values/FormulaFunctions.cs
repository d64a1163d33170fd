namespace SamePage.Core.Values;

/// <summary>The functions and built-in names of the formula language.</summary>
public static class FormulaFunctions
{
    public const string Month = "month";
    public const string Active = "active";

    /// <summary>Function name → (minimum, maximum) number of arguments.</summary>
    public static IReadOnlyDictionary<string, (int Min, int Max)> Arity { get; } = new Dictionary<string, (int Min, int Max)>
    {
        ["min"] = (1, int.MaxValue),
        ["max"] = (1, int.MaxValue),
        ["pow"] = (2, 2),
        ["exp"] = (1, 1),
        ["ln"] = (1, 1),
        ["abs"] = (1, 1),
        ["round"] = (1, 2),
        ["if"] = (3, 3),
    };

    /// <summary>True for names that inputs and drivers may not use.</summary>
    public static bool IsReserved(string name) => name is Month or Active || Arity.ContainsKey(name);
}
