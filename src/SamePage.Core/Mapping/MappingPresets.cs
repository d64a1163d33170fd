using System.Reflection;

namespace SamePage.Core.Mapping;

/// <summary>
/// The built-in mappings for the exports channel teams have (Salesforce opportunity reports, HubSpot deals, Partner Center
/// reconciliation files, distributor sales-out reports). A preset lists alternative source names for English and German
/// exports; <see cref="Resolve"/> keeps the ones a file has, so the result is a plain mapping the user can copy and change.
/// </summary>
public static class MappingPresets
{
    private static readonly Lazy<IReadOnlyList<ImportMappingDocument>> s_all = new(Load);

    public static IReadOnlyList<ImportMappingDocument> All => s_all.Value;

    public static ImportMappingDocument? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ImportMappingDocument Get(string name) =>
        Find(name) ?? throw new ImportMappingException($"There is no preset '{name}'; the presets are {string.Join(", ", All.Select(p => p.Name))}.");

    /// <summary>
    /// The mapping narrowed to a file's header: alternatives the file lacks are dropped, optional columns it lacks are left
    /// out, join parts it lacks are dropped, a missing currency column is ignored. Required columns, and columns given by one
    /// name only, stay as they are, so compiling still names what is missing.
    /// </summary>
    public static ImportMappingDocument Resolve(ImportMappingDocument mapping, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var targets = MappingTargets.For(mapping.Kind);
        bool Has(string name) => name.Split('|').Any(n => SourceFormula.FindHeader(headers, n) >= 0);
        var columns = new Dictionary<string, ColumnSource>();
        foreach (var (name, source) in mapping.Columns)
        {
            var required = targets.FirstOrDefault(t => t.Name == name)?.Required ?? false;
            if (source.Column is { } alternatives)
            {
                var present = alternatives.Where(Has).Select(a => headers[SourceFormula.FindHeader(headers, a)].Trim()).Distinct().ToList();
                if (present.Count > 0)
                {
                    columns[name] = source with { Column = present };
                }
                else if (source.Default is not null)
                {
                    columns[name] = source with { Column = null };
                }
                else if (required || alternatives.Count == 1)
                {
                    // Kept, so compiling names the column the file lacks: one name given is a deliberate choice.
                    columns[name] = source;
                }

                continue;
            }

            if (source.Join is { } parts)
            {
                var present = parts.Where(Has).ToList();
                columns[name] = source with { Join = present.Count > 0 ? present : parts };
                continue;
            }

            if (source.Formula is { } formula && !required && !FormulaColumnsPresent(formula, headers))
            {
                continue;
            }

            columns[name] = source;
        }

        var currency = mapping.Currency;
        if (currency?.Column is { } currencyColumns)
        {
            var present = currencyColumns.Where(Has).ToList();
            currency = currency with { Column = present.Count > 0 ? present : null };
            if (currency.Column is null && currency.Default is null && currency.Rates is null)
            {
                currency = null;
            }
        }

        return mapping with { Columns = columns, Currency = currency };
    }

    /// <summary>How many of a preset's target columns a header can fill from its own columns (not defaults or constants).</summary>
    public static int Score(ImportMappingDocument preset, IReadOnlyList<string> headers)
    {
        var score = 0;
        foreach (var source in preset.Columns.Values)
        {
            if ((source.Column ?? source.Join ?? []).Any(n => SourceFormula.FindHeader(headers, n) >= 0)
                || (source.Formula is { } formula && FormulaColumnsPresent(formula, headers)))
            {
                score++;
            }
        }

        return score;
    }

    private static bool FormulaColumnsPresent(string formula, IReadOnlyList<string> headers)
    {
        try
        {
            SourceFormula.Compile(formula, headers);
            return true;
        }
        catch (ImportMappingException)
        {
            return false;
        }
    }

    private static IReadOnlyList<ImportMappingDocument> Load()
    {
        var assembly = typeof(MappingPresets).Assembly;
        const string prefix = "SamePage.Core.Mapping.Presets.";
        return [.. assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            using var reader = new StreamReader(stream);
            return MappingJson.Read(reader.ReadToEnd());
        })];
    }
}
