using System.Text.Json.Serialization;

namespace SamePage.Core.Mapping;

/// <summary>
/// A column mapping (format <c>samepage.mapping/1</c>): how the columns of a file someone else made become the columns of one
/// import kind. Documented in docs/import-formats.md.
/// </summary>
public sealed record ImportMappingDocument
{
    public const string CurrentFormat = "samepage.mapping/1";

    public string Format { get; init; } = CurrentFormat;

    /// <summary>The name it is stored and selected under (lower case, digits and '-').</summary>
    public string? Name { get; init; }

    /// <summary>The import kind it produces: partners, deals, costs or survey-responses.</summary>
    public string Kind { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The number culture of the source (de-DE, en-US); null detects it from the file.</summary>
    public string? Culture { get; init; }

    /// <summary>Date formats tried in order (.NET patterns such as M/d/yyyy); null detects them from the file.</summary>
    public IReadOnlyList<string>? DateFormats { get; init; }

    /// <summary>Whether amounts may end in k or m (12.5k, 1.2m, 3 Mio).</summary>
    public bool Suffixes { get; init; }

    public MappingCurrency? Currency { get; init; }

    /// <summary>Per target column of the kind: where its value comes from.</summary>
    public IReadOnlyDictionary<string, ColumnSource> Columns { get; init; } = new Dictionary<string, ColumnSource>();
}

/// <summary>
/// Where one target column's value comes from: exactly one of <see cref="Column"/>, <see cref="Constant"/>,
/// <see cref="Formula"/> or <see cref="Join"/>; optionally a value map and, for partner references, how to match.
/// </summary>
public sealed record ColumnSource
{
    /// <summary>
    /// A source column; several names are alternatives (EN and DE exports, or a fallback column): the value is the first
    /// non-empty one among those the file has.
    /// </summary>
    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string>? Column { get; init; }

    /// <summary>The value when the file has none of the columns, or the cell is empty; the report says when it was used.</summary>
    public string? Default { get; init; }

    public string? Constant { get; init; }

    /// <summary>A formula in SamePage's formula language over source columns: bare names (spaces ignored) or [Any Header].</summary>
    public string? Formula { get; init; }

    /// <summary>Source columns whose texts are joined, e.g. an order id and a line number into one external id.</summary>
    public IReadOnlyList<string>? Join { get; init; }

    public string? Separator { get; init; }

    /// <summary>Source value → target value, case- and space-insensitive; keys with '*' are patterns tried in order; "skip" skips the row.</summary>
    public IReadOnlyDictionary<string, string>? Values { get; init; }

    /// <summary>For partnerId: externalId, crmId, name or auto (externalId, then CRM id, then name or alias).</summary>
    public string? Match { get; init; }
}

/// <summary>
/// Currencies: amounts marked with a currency other than the solution's are errors unless a rate converts them.
/// <see cref="Default"/> is the currency of unmarked amounts (the solution's when null).
/// </summary>
public sealed record MappingCurrency
{
    /// <summary>A source column holding each row's currency code (Salesforce "Opportunity Currency").</summary>
    [JsonConverter(typeof(OneOrManyConverter))]
    public IReadOnlyList<string>? Column { get; init; }

    public string? Default { get; init; }

    public IReadOnlyList<CurrencyRate>? Rates { get; init; }
}

/// <summary>1 <see cref="From"/> = <see cref="Rate"/> <see cref="To"/>, fixed for the whole file.</summary>
public sealed record CurrencyRate(string From, string To, decimal Rate);
