using SamePage.Core.Actuals;
using SamePage.Core.Mapping;

namespace SamePage.Data.Imports;

/// <summary>One mapped row of a preview: the target values as text and the row's issues, each naming its target column.</summary>
public sealed record PreviewRow(long Line, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<PreviewIssue> Issues);

public sealed record PreviewIssue(string Target, string Column, string Value, string Reason);

/// <summary>
/// A suggested (or given) mapping for a file with the first rows it makes: <see cref="Problems"/> are what stops the mapping
/// from being used at all (a missing required column, a formula that does not parse); row issues are per cell.
/// </summary>
public sealed record MappingPreviewResult(MappingSuggestion Suggestion, IReadOnlyList<string> Columns, IReadOnlyList<PreviewRow> Rows, long Skipped, IReadOnlyList<string> Problems);

/// <summary>Suggests a mapping for an uploaded file and previews the first rows it makes, validated as the import would.</summary>
public sealed class MappingPreview(SamePageDbContext db)
{
    public const int PreviewRows = 20;

    public async Task<MappingPreviewResult> RunAsync(string kind, string path, ImportMappingDocument? mapping, string? preset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = SampledFile.Read(TabularReader.Open(path), MappingSuggester.SampleRows);
        var directory = await MappedFile.DirectoryAsync(db, cancellationToken);
        var suggestion = MappingSuggester.Suggest(kind, file, directory, preset, mapping);
        var used = suggestion.Mapping;
        var problems = new List<string>();
        try
        {
            CompiledMapping.Compile(used, file.Headers);
        }
        catch (ImportMappingException e)
        {
            problems.AddRange(e.Problems.Count > 0 ? e.Problems : [e.Message]);
        }

        CompiledMapping compiled;
        try
        {
            compiled = CompiledMapping.CompileLenient(used, file.Headers);
        }
        catch (ImportMappingException)
        {
            return new MappingPreviewResult(suggestion, [], [], 0, problems);
        }

        using var reader = new MappedTabularReader(file.Replay(), compiled, directory);
        var shown = new Shown(reader, directory);
        var rows = kind switch
        {
            "deals" => Rows(reader, ImportSchemas.Deals, shown),
            "costs" => Rows(reader, ImportSchemas.Costs, shown),
            "partners" => Rows(reader, ImportSchemas.Partners, shown),
            _ => ReaderRows(reader, shown),
        };
        return new MappingPreviewResult(suggestion, reader.Headers, rows, reader.Skipped.Count, problems);
    }

    private static List<PreviewRow> Rows<TRow>(MappedTabularReader reader, RowSchema<TRow> schema, Shown shown)
        where TRow : class
    {
        // The mapped reader already resolved references: its partner and solution values are known or carry an issue.
        var options = new ImportOptions { Culture = reader.Culture, References = ImportReferences.None };
        using var session = ImportSession<TRow>.Open(reader, "preview", schema, options);
        var rows = new List<PreviewRow>();
        var headerIssues = session.HeaderErrors.Select(i => Issue(i.Column, i.Value, i.Reason)).ToList();
        foreach (var row in session.ReadRows().Take(PreviewRows))
        {
            rows.Add(new PreviewRow(row.Line, shown.Values(), [.. row.Issues.Select(i => Issue(i.Column, i.Value, i.Reason))]));
        }

        if (rows.Count == 0 && headerIssues.Count > 0)
        {
            rows.Add(new PreviewRow(1, new Dictionary<string, string?>(), headerIssues));
        }

        return rows;
    }

    private static List<PreviewRow> ReaderRows(MappedTabularReader reader, Shown shown)
    {
        var rows = new List<PreviewRow>();
        while (rows.Count < PreviewRows && reader.Read())
        {
            rows.Add(new PreviewRow(reader.LineNumber, shown.Values(), [.. reader.RecordIssues.Select(i => Issue(reader.ColumnLabel(i.Column), i.Value, i.Reason))]));
        }

        return rows;
    }

    /// <summary>The current record's values as a user reads them: partners and solutions by name, numbers and dates invariant (the page formats them).</summary>
    private sealed class Shown(MappedTabularReader reader, ReferenceDirectory directory)
    {
        public Dictionary<string, string?> Values()
        {
            var values = new object?[reader.Headers.Count];
            reader.CopyValues(values);
            var result = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < values.Length; i++)
            {
                var name = reader.Headers[i];
                result[name] = values[i] switch
                {
                    null => null,
                    string id when name == "partnerId" => directory.PartnerName(id) is { } partner ? $"{partner} ({id})" : id,
                    string id when name == "solution" => directory.SolutionName(id) ?? id,
                    var other => CellText.Of(other),
                };
            }

            return result;
        }
    }

    /// <summary>The target is the label's first word: "productRevenue (Amount)" → productRevenue.</summary>
    private static PreviewIssue Issue(string label, string value, string reason)
    {
        var cut = label.IndexOf(" (", StringComparison.Ordinal);
        return new PreviewIssue(cut > 0 ? label[..cut] : label, label, value, reason);
    }
}
