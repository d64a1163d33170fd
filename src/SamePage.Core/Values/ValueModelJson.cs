using System.Text.Json;

namespace SamePage.Core.Values;

/// <summary>Reads and writes value models in the JSON format <c>samepage.valuemodel/1</c>.</summary>
public static class ValueModelJson
{
    private static readonly HashSet<string> s_rootProperties =
        ["schema", "solution", "segment", "description", "currency", "horizonMonths", "discountRate", "target", "inputs", "drivers"];

    private static readonly HashSet<string> s_inputProperties =
        ["name", "unit", "low", "likely", "high", "label", "description", "actual", "askPartners", "synonyms", "library"];

    private static readonly HashSet<string> s_driverProperties =
        ["name", "category", "stream", "formula", "at", "start", "end", "rampMonths", "label", "description", "synonyms", "library"];

    private static readonly HashSet<string> s_targetProperties = ["npv"];

    /// <summary>
    /// Reads a model. JSON syntax and type errors come back as errors with the JSON path; unknown
    /// properties (often typos such as <c>rampMonth</c>) as warnings. Semantic checks are done by
    /// <see cref="ValueModelValidator"/> / <see cref="ValueModelCompiler"/>.
    /// </summary>
    public static ValueModelParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ValueModelDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ValueModelJsonContext.Default.ValueModelDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {ex.BytePositionInLine + 1})" : string.Empty;
            var path = ex.Path ?? "$";

            // The serializer names .NET types ("could not be converted to ..."); say what the file got wrong instead.
            var message = ex.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"The value at {path} has the wrong type (e.g. text where a number is expected)."
                : FirstSentence(ex.Message);
            return new ValueModelParseResult(null, [new ModelError(path, "json.invalid", message + where, ModelErrorSeverity.Error)]);
        }

        if (document is null)
        {
            return new ValueModelParseResult(null, [new ModelError("$", "json.invalid", "The file does not contain a value model.", ModelErrorSeverity.Error)]);
        }

        var findings = new List<ModelError>();
        document = Normalize(document, findings);
        if (document.Schema != ValueModelDocument.SchemaId)
        {
            findings.Add(new ModelError("$.schema", "schema.unsupported",
                $"Unsupported schema '{document.Schema}'; expected '{ValueModelDocument.SchemaId}'.", ModelErrorSeverity.Error));
        }

        using (var tree = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
        {
            CheckProperties(tree.RootElement, "$", s_rootProperties, findings);
            CheckArray(tree.RootElement, "inputs", s_inputProperties, findings);
            CheckArray(tree.RootElement, "drivers", s_driverProperties, findings);
            if (tree.RootElement.TryGetProperty("target", out var target))
            {
                CheckProperties(target, "$.target", s_targetProperties, findings);
            }
        }

        return new ValueModelParseResult(findings.Any(f => f.IsError) ? null : document, findings);
    }

    /// <summary>Writes a model as indented JSON with a stable property order (the order of the format) and no null fields.</summary>
    public static string Write(ValueModelDocument document) =>
        JsonSerializer.Serialize(document, ValueModelJsonContext.Default.ValueModelDocument);

    /// <summary>Turns explicit JSON nulls into empty values so later checks report them as missing instead of failing.</summary>
    private static ValueModelDocument Normalize(ValueModelDocument document, List<ModelError> findings)
    {
        var inputs = new List<ModelInput>();
        foreach (var (input, index) in (document.Inputs ?? []).Select((x, i) => (x, i)))
        {
            if (input is null)
            {
                findings.Add(new ModelError($"$.inputs[{index}]", "json.invalid", "An input must be an object.", ModelErrorSeverity.Error));
                continue;
            }

            inputs.Add(input with { Name = input.Name ?? string.Empty });
        }

        var drivers = new List<ModelDriver>();
        foreach (var (driver, index) in (document.Drivers ?? []).Select((x, i) => (x, i)))
        {
            if (driver is null)
            {
                findings.Add(new ModelError($"$.drivers[{index}]", "json.invalid", "A driver must be an object.", ModelErrorSeverity.Error));
                continue;
            }

            drivers.Add(driver with
            {
                Name = driver.Name ?? string.Empty,
                Category = driver.Category ?? string.Empty,
                Formula = driver.Formula ?? string.Empty,
            });
        }

        return document with
        {
            Schema = document.Schema ?? string.Empty,
            Solution = document.Solution ?? string.Empty,
            Inputs = inputs,
            Drivers = drivers,
        };
    }

    private static void CheckArray(JsonElement root, string name, HashSet<string> known, List<ModelError> findings)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            CheckProperties(item, $"$.{name}[{index}]", known, findings);
            index++;
        }
    }

    private static void CheckProperties(JsonElement element, string path, HashSet<string> known, List<ModelError> findings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                findings.Add(new ModelError($"{path}.{property.Name}", "json.unknownProperty",
                    $"Unknown property '{property.Name}' is ignored.", ModelErrorSeverity.Warning));
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
