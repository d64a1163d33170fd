namespace SamePage.Core.Values;

/// <summary>The inputs that vary in analyses: the model's ranges, replaced or extended by ranges given from outside.</summary>
internal static class RangedInputs
{
    public static List<(int Index, InputRange Range)> Resolve(CompiledValueModel model, IReadOnlyDictionary<string, InputRange>? ranges)
    {
        if (ranges is not null)
        {
            foreach (var (name, range) in ranges)
            {
                if (model.InputIndex(name) < 0)
                {
                    throw new ArgumentException($"Unknown input '{name}'. Inputs are: {string.Join(", ", model.InputNames)}.", nameof(ranges));
                }

                range.EnsureValid(name);
            }
        }

        var result = new List<(int, InputRange)>();
        for (var i = 0; i < model.Inputs.Count; i++)
        {
            var input = model.Inputs[i];
            if (ranges is not null && ranges.TryGetValue(input.Name, out var given))
            {
                result.Add((i, given));
            }
            else if (input is { Low: { } low, Likely: { } likely, High: { } high })
            {
                result.Add((i, new InputRange(low, likely, high)));
            }
        }

        return result;
    }
}
