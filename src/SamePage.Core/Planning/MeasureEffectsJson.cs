using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SamePage.Core.Planning;

/// <summary>
/// The effects of a measure as JSON (camelCase), the form the database stores:
/// <c>[{"input":"recurringMargin","mode":"absolute","low":0.02,"likely":0.03,"high":0.05,"target":"factual"}]</c>.
/// <c>mode</c> is <c>absolute</c> or <c>relative</c> (a fraction, 0.2 = +20 %), <c>target</c> is <c>factual</c> or <c>perceived</c>;
/// <c>low</c> and <c>high</c> default to <c>likely</c>.
/// </summary>
public static class MeasureEffectsJson
{
    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a list of effects.</summary>
    /// <exception cref="FormatException">The text is not a valid effect list; the message names the position (e.g. <c>$[1].mode</c>).</exception>
    public static IReadOnlyList<MeasureEffect> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Measure effects are not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("$: measure effects must be a JSON array of effects.");
            }

            var effects = new List<MeasureEffect>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                effects.Add(ReadEffect(item, $"$[{index}]"));
                index++;
            }

            return effects;
        }
    }

    /// <summary>Writes effects as compact JSON that <see cref="Parse"/> reads back unchanged.</summary>
    public static string Write(IEnumerable<MeasureEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var e in effects)
            {
                writer.WriteStartObject();
                writer.WriteString("input", e.Input);
                writer.WriteString("mode", e.Mode == EffectMode.Absolute ? "absolute" : "relative");
                writer.WriteNumber("low", e.Low);
                writer.WriteNumber("likely", e.Likely);
                writer.WriteNumber("high", e.High);
                writer.WriteString("target", e.Target == EffectTarget.Factual ? "factual" : "perceived");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static MeasureEffect ReadEffect(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path}: an effect must be an object with input, mode, likely and target.");
        }

        string? input = null, mode = null, target = null;
        double? low = null, likely = null, high = null;
        foreach (var property in item.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "input":
                    input = Text(property.Value, at);
                    break;
                case "mode":
                    mode = Text(property.Value, at);
                    break;
                case "target":
                    target = Text(property.Value, at);
                    break;
                case "low":
                    low = Number(property.Value, at);
                    break;
                case "likely":
                    likely = Number(property.Value, at);
                    break;
                case "high":
                    high = Number(property.Value, at);
                    break;
                default:
                    throw new FormatException($"{at}: unknown property '{property.Name}'; an effect has input, mode, low, likely, high and target.");
            }
        }

        if (string.IsNullOrWhiteSpace(input))
        {
            throw new FormatException($"{path}.input: the input the effect changes is required.");
        }

        var effectMode = mode switch
        {
            "absolute" => EffectMode.Absolute,
            "relative" => EffectMode.Relative,
            null => throw new FormatException($"{path}.mode: the mode is required (absolute or relative)."),
            _ => throw new FormatException($"{path}.mode: unknown mode '{mode}'; use absolute or relative."),
        };
        var effectTarget = target switch
        {
            "factual" => EffectTarget.Factual,
            "perceived" => EffectTarget.Perceived,
            null => throw new FormatException($"{path}.target: the target is required (factual or perceived)."),
            _ => throw new FormatException($"{path}.target: unknown target '{target}'; use factual or perceived."),
        };
        if (likely is not { } l)
        {
            throw new FormatException($"{path}.likely: the likely size of the effect is required.");
        }

        var effect = new MeasureEffect(input, effectMode, low ?? l, l, high ?? l, effectTarget);
        if (effect.Problem() is { } problem)
        {
            throw new FormatException($"{path}: {problem}");
        }

        return effect;
    }

    private static string Text(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"{path}: expected text, found {value.ValueKind.ToString().ToLowerInvariant()}.");

    private static double Number(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: expected a finite number, found {value.ValueKind.ToString().ToLowerInvariant()}."));
}
