using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>
/// Proposes a mapping for a file and a kind: the best-fitting preset narrowed to the file (or the one asked for), exact and
/// synonym header matches (EN and DE) for the rest, value maps for the enumeration and solution values seen, and the number
/// culture and date formats detected. What it cannot place it lists.
/// </summary>
public static class MappingSuggester
{
    public const int SampleRows = 1000;
    private const int MinimumPresetScore = 4;
    private const int MaxSeenValues = 50;

    /// <summary>
    /// Proposes a mapping, or with <paramref name="given"/> describes that mapping on the file (values seen, culture, what is
    /// unplaced or missing) without changing it.
    /// </summary>
    public static MappingSuggestion Suggest(string kind, SampledFile file, ReferenceDirectory references, string? presetName = null, ImportMappingDocument? given = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(references);
        var targets = MappingTargets.For(kind);
        var headers = file.Headers;
        var preset = given is not null ? null : presetName is not null
            ? MappingPresets.Get(presetName)
            : MappingPresets.All.Where(p => p.Kind == kind)
                .Select(p => (Preset: p, Score: MappingPresets.Score(p, headers)))
                .Where(p => p.Score >= MinimumPresetScore).OrderByDescending(p => p.Score).Select(p => p.Preset).FirstOrDefault();
        if (preset is not null && preset.Kind != kind)
        {
            throw new ImportMappingException($"The preset {preset.Name} makes {preset.Kind}, not {kind}.");
        }

        var mapping = given is not null ? MappingPresets.Resolve(given, headers)
            : preset is not null ? MappingPresets.Resolve(preset, headers) with { Name = null, Description = preset.Description }
            : new ImportMappingDocument { Kind = kind };
        var columns = new Dictionary<string, ColumnSource>(mapping.Columns);
        if (given is null)
        {
            // A preset's column the file lacks is not a suggestion: the target is listed as missing instead.
            foreach (var absent in columns.Where(c => c.Value.Column is { } names && c.Value.Default is null && CompiledMapping.FindColumn(headers, names) < 0).Select(c => c.Key).ToList())
            {
                columns.Remove(absent);
            }
        }

        var used = new HashSet<int>(columns.Values.SelectMany(c => Used(c, headers)));

        foreach (var target in targets.Where(t => given is null && !columns.ContainsKey(t.Name)))
        {
            var index = new[] { target.Name }.Concat(HeaderSynonyms.For(kind, target.Name))
                .Select(n => SourceFormula.FindHeader(headers, n)).FirstOrDefault(i => i >= 0 && !used.Contains(i), -1);
            if (index >= 0)
            {
                columns[target.Name] = new ColumnSource { Column = [headers[index].Trim()] };
                used.Add(index);
            }
            else if (target.Kind == TargetKind.Solution && references.Solutions.Count == 1)
            {
                columns[target.Name] = new ColumnSource { Constant = references.Solutions[0].Name };
            }
        }

        if (kind == MappingTargets.SurveyKind && given is null)
        {
            // Every other column of a responses file is an answer: kept under its header, which should be the question id.
            for (var i = 0; i < headers.Count; i++)
            {
                if (!used.Contains(i) && !string.IsNullOrWhiteSpace(headers[i]))
                {
                    columns.TryAdd(headers[i].Trim(), new ColumnSource { Column = [headers[i].Trim()] });
                }
            }
        }

        var enumerations = new List<EnumerationValues>();
        foreach (var target in targets.Where(t => t.Kind is TargetKind.Enumeration or TargetKind.Solution))
        {
            if (!columns.TryGetValue(target.Name, out var source) || source.Column is not { } names || CompiledMapping.FindColumn(headers, names) is var column && column < 0)
            {
                continue;
            }

            var map = source.Values is null ? null : new ValueMap(source.Values);
            var added = new Dictionary<string, string>(source.Values ?? new Dictionary<string, string>());
            var seen = new List<SeenValue>();
            foreach (var (value, count) in file.Distinct(column, MaxSeenValues))
            {
                var proposed = map?.Find(value) ?? Propose(target, value, references);
                if (map?.Find(value) is null && proposed is not null && !IsIdentity(target, value, proposed, references))
                {
                    added.TryAdd(value, proposed);
                }

                seen.Add(new SeenValue(value, count, proposed));
            }

            if (added.Count > 0 && given is null)
            {
                // Exact entries first, so they win over the preset's patterns.
                var ordered = added.OrderBy(e => e.Key.Contains('*', StringComparison.Ordinal) ? 1 : 0).ToDictionary(e => e.Key, e => e.Value);
                columns[target.Name] = source with { Values = ordered };
            }

            enumerations.Add(new EnumerationValues(target.Name, headers[column].Trim(), target.Kind == TargetKind.Solution ? [.. references.Solutions.Select(s => s.Name)] : target.Allowed, seen));
        }

        mapping = mapping with { Columns = columns };
        var (culture, dates) = Detect(mapping, file, references);
        mapping = mapping with { Culture = mapping.Culture ?? (culture == NumberCulture.German ? "de-DE" : "en-US"), DateFormats = mapping.DateFormats ?? dates };
        used = [.. columns.Values.SelectMany(c => Used(c, headers))];
        if (mapping.Currency?.Column is { } currency)
        {
            used.Add(CompiledMapping.FindColumn(headers, currency));
        }

        return new MappingSuggestion(
            mapping,
            preset?.Name,
            mapping.Culture,
            dates,
            [.. headers.Select(h => h.Trim())],
            [.. headers.Where((h, i) => !used.Contains(i) && !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim())],
            [.. targets.Where(t => t.Required && (!columns.TryGetValue(t.Name, out var c) || (c.Column is { } names && c.Default is null && CompiledMapping.FindColumn(headers, names) < 0))).Select(t => t.Name)],
            enumerations);
    }

    private static string? Propose(MappingTarget target, string value, ReferenceDirectory references)
    {
        if (target.Kind == TargetKind.Enumeration)
        {
            return EnumerationSynonyms.Propose(target, value);
        }

        if (references.FindSolution(value).Solution is { } known)
        {
            return known.Name;
        }

        return references.Solutions.Count == 1 ? references.Solutions[0].Name : references.ClosestSolution(value)?.Name;
    }

    private static bool IsIdentity(MappingTarget target, string value, string proposed, ReferenceDirectory references) =>
        target.Kind == TargetKind.Solution
            ? references.FindSolution(value).Solution?.Name == proposed
            : string.Equals(value.Trim(), proposed, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<int> Used(ColumnSource source, IReadOnlyList<string> headers)
    {
        foreach (var name in (source.Column ?? []).Concat(source.Join ?? []))
        {
            yield return SourceFormula.FindHeader(headers, name);
        }

        if (source.Formula is { } formula)
        {
            SourceFormula? compiled = null;
            try
            {
                compiled = SourceFormula.Compile(formula, headers);
            }
            catch (ImportMappingException)
            {
            }

            foreach (var column in compiled?.Columns ?? [])
            {
                yield return column;
            }
        }
    }

    /// <summary>The culture and date formats a mapped reader detects on the sample (the columns that are mapped so far).</summary>
    private static (NumberCulture Culture, IReadOnlyList<string> Dates) Detect(ImportMappingDocument mapping, SampledFile file, ReferenceDirectory references)
    {
        var probe = mapping with
        {
            Culture = null,
            DateFormats = null,
            Columns = mapping.Columns.Where(c => MappingTargets.For(mapping.Kind).FirstOrDefault(t => t.Name == c.Key)?.Kind is TargetKind.Number or TargetKind.Money or TargetKind.Fraction or TargetKind.Date)
                .ToDictionary(c => c.Key, c => c.Value),
        };
        try
        {
            using var reader = new MappedTabularReader(file.Replay(), CompiledMapping.CompileLenient(probe, file.Headers), references);
            return (reader.Culture, reader.Dates.Formats);
        }
        catch (ImportMappingException)
        {
            return (file.Delimiter == ';' ? NumberCulture.German : NumberCulture.Invariant, DateReader.Detect([], file.Delimiter == ';'));
        }
    }
}
