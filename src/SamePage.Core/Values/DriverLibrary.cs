using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamePage.Core.Values;

/// <summary>
/// A reusable row of value models: an input (onboarding fee, churn, MDF received …) or a driver (a formula line), with
/// labels and a one-line explanation in both languages, its unit and typical range. The model editor offers the
/// entries when a row is added; the row keeps the entry's key in <c>library</c>.
/// </summary>
public sealed record LibraryEntry
{
    /// <summary>The identifier the row gets in formulas (letters, digits, _), unique in the library.</summary>
    public string Key { get; init; } = "";

    /// <summary><c>input</c> or <c>driver</c>.</summary>
    public string Kind { get; init; } = "input";

    public LocalizedText? Label { get; init; }

    /// <summary>One line: what it is and how it is counted.</summary>
    public LocalizedText? Explanation { get; init; }

    public string? Unit { get; init; }
    public double? Low { get; init; }
    public double? Likely { get; init; }
    public double? High { get; init; }
    public string? Actual { get; init; }
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>Drivers: benefit, cost, investment or metric.</summary>
    public string? Category { get; init; }

    /// <summary>Benefits: resale, recurring, services or other.</summary>
    public string? Stream { get; init; }

    /// <summary>Drivers: the formula over other library keys (the editor shows errors when a name is missing).</summary>
    public string? Formula { get; init; }

    /// <summary><c>samepage</c> for the shipped entries, <c>vendor</c> for the vendor's own.</summary>
    [JsonIgnore]
    public string Source { get; init; } = "samepage";

    /// <summary>The entry as a model input (labels, explanation, range, synonyms and the link).</summary>
    public ModelInput ToInput() => new()
    {
        Name = Key, Unit = Unit, Low = Low, Likely = Likely, High = High, Label = Label, Description = Explanation,
        Actual = Actual, Synonyms = Synonyms, Library = Key,
    };

    /// <summary>The entry as a model driver.</summary>
    public ModelDriver ToDriver() => new()
    {
        Name = Key, Category = Category ?? "", Stream = Stream, Formula = Formula ?? "", Label = Label, Description = Explanation,
        Synonyms = Synonyms, Library = Key,
    };
}

/// <summary>The driver library shipped with SamePage (embedded JSON) and the rules every entry, shipped or the vendor's, follows.</summary>
public static class DriverLibrary
{
    /// <summary>Largest JSON of one vendor entry (characters).</summary>
    public const int MaxEntryJson = 8_000;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new LocalizedTextConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<LibraryEntry>> s_shipped = new(LoadShipped);

    /// <summary>The shipped entries, in the order of the file (inputs, then drivers).</summary>
    public static IReadOnlyList<LibraryEntry> Shipped => s_shipped.Value;

    /// <summary>Reads one entry; throws <see cref="JsonException"/> with the position on bad JSON or an unknown field.</summary>
    public static LibraryEntry Parse(string json) =>
        JsonSerializer.Deserialize<LibraryEntry>(json, s_json) ?? throw new JsonException("An entry is a JSON object.");

    public static string Write(LibraryEntry entry) => JsonSerializer.Serialize(entry, s_json);

    /// <summary>Every broken rule of an entry as (field, reason); empty when valid.</summary>
    public static IReadOnlyList<(string Field, string Reason)> Validate(LibraryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var errors = new List<(string, string)>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(entry.Key, "^[A-Za-z_][A-Za-z0-9_]{0,63}$"))
        {
            errors.Add(("key", "An identifier: letters, digits and _, starting with a letter, at most 64 characters."));
        }
        if (entry.Kind is not ("input" or "driver"))
        {
            errors.Add(("kind", "input or driver."));
        }
        if (string.IsNullOrWhiteSpace(entry.Label?.En) || string.IsNullOrWhiteSpace(entry.Label?.De))
        {
            errors.Add(("label", "A label in English and in German."));
        }
        if (string.IsNullOrWhiteSpace(entry.Explanation?.En) || string.IsNullOrWhiteSpace(entry.Explanation?.De))
        {
            errors.Add(("explanation", "A one-line explanation in English and in German."));
        }
        if (entry.Kind == "input")
        {
            if (entry.Unit is not null && !ModelUnits.All.Contains(entry.Unit))
            {
                errors.Add(("unit", $"One of {string.Join(", ", ModelUnits.All)}."));
            }
            if (entry.Likely is null)
            {
                errors.Add(("likely", "A typical value."));
            }
            if ((entry.Low is null) != (entry.High is null) || entry.Low > entry.Likely || entry.Likely > entry.High)
            {
                errors.Add(("low", "A range needs low <= likely <= high, both or neither."));
            }
        }
        else if (entry.Kind == "driver")
        {
            if (entry.Category is null || !DriverCategories.All.Contains(entry.Category))
            {
                errors.Add(("category", $"One of {string.Join(", ", DriverCategories.All)}."));
            }
            if (string.IsNullOrWhiteSpace(entry.Formula))
            {
                errors.Add(("formula", "Required."));
            }
            else
            {
                try
                {
                    FormulaParser.Parse(entry.Formula);
                }
                catch (FormulaSyntaxException e)
                {
                    errors.Add(("formula", e.Message));
                }
            }
        }
        return errors;
    }

    private static IReadOnlyList<LibraryEntry> LoadShipped()
    {
        using var stream = typeof(DriverLibrary).Assembly.GetManifestResourceStream("SamePage.Core.Values.Library.driver-library.json")
            ?? throw new InvalidOperationException("The driver library is missing from the assembly.");
        var entries = JsonSerializer.Deserialize<List<LibraryEntry>>(stream, s_json) ?? [];
        foreach (var entry in entries)
        {
            if (Validate(entry) is [var (field, reason), ..])
            {
                throw new InvalidOperationException($"Library entry '{entry.Key}': {field}: {reason}");
            }
        }
        return entries;
    }
}
