namespace SamePage.Core.Actuals;

/// <summary>
/// Reads and validates one import file as a stream of records: header check first (missing required columns are
/// errors, unknown columns warnings), then one <see cref="ImportRow{TRow}"/> per record. Only the first records used to
/// detect the number culture are buffered; memory otherwise stays flat apart from the externalId set.
/// </summary>
public sealed class ImportSession<TRow> : IDisposable
    where TRow : class
{
    private readonly TabularReader _reader;
    private readonly RowSchema<TRow> _schema;
    private readonly ImportOptions _options;
    private readonly int[] _sourceIndex;
    private readonly List<ImportIssue> _headerErrors = [];
    private readonly List<ImportIssue> _warnings = [];
    private readonly Queue<BufferedRecord> _lookahead = new();
    private bool _started;

    private ImportSession(TabularReader reader, string fileName, RowSchema<TRow> schema, ImportOptions options)
    {
        _reader = reader;
        _schema = schema;
        _options = options;
        FileName = fileName;
        _sourceIndex = MapHeader();
        if (options.Culture is { } culture)
        {
            Culture = culture;
        }
        else
        {
            Culture = _headerErrors.Count == 0 ? DetectCulture() : NumberCulture.Invariant;
            CultureDetected = true;
        }
    }

    /// <summary>The file name used in issues (the name, not the full path).</summary>
    public string FileName { get; }

    public RowSchema<TRow> Schema => _schema;

    /// <summary>The header as written in the file: the columns of REJECTS.csv before "reason".</summary>
    public IReadOnlyList<string> SourceHeaders => _reader.SourceHeaders;

    /// <summary>Records the reader skipped on purpose (a mapping's "skip" values); complete once the rows are read.</summary>
    public SkippedRecords Skipped => _reader.Skipped;

    public char Delimiter => _reader.Delimiter;

    /// <summary>The number culture rows are parsed with.</summary>
    public NumberCulture Culture { get; }

    /// <summary>Whether <see cref="Culture"/> was detected from the file rather than given.</summary>
    public bool CultureDetected { get; }

    /// <summary>Missing required columns and duplicate columns: when there are any, no row is read.</summary>
    public IReadOnlyList<ImportIssue> HeaderErrors => _headerErrors;

    /// <summary>Columns the schema does not know; they are ignored and reported.</summary>
    public IReadOnlyList<ImportIssue> Warnings => _warnings;

    /// <summary>Bytes consumed so far, for a progress bar; -1 for .xlsx.</summary>
    public long BytePosition => _reader.BytePosition;

    /// <summary>Opens a file (.xlsx by extension, otherwise delimited text).</summary>
    public static ImportSession<TRow> Open(string path, RowSchema<TRow> schema, ImportOptions? options = null)
    {
        var reader = TabularReader.Open(path);
        return Open(reader, Path.GetFileName(path), schema, options);
    }

    /// <summary>Validates a reader the caller opened (an upload stream, for example); the session disposes it.</summary>
    public static ImportSession<TRow> Open(TabularReader reader, string fileName, RowSchema<TRow> schema, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        try
        {
            return new ImportSession<TRow>(reader, fileName, schema, options ?? ImportOptions.Default);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The records in file order, each validated; can be enumerated once.</summary>
    public IEnumerable<ImportRow<TRow>> ReadRows()
    {
        if (_started)
        {
            throw new InvalidOperationException("The rows of an import session can be read once.");
        }

        _started = true;
        return _headerErrors.Count > 0 ? [] : Enumerate();
    }

    /// <summary>
    /// Validates every record: adds header problems and row issues to a report and hands each row to
    /// <paramref name="onRow"/> (for example to write rejects or to stage valid rows).
    /// </summary>
    public ImportReport Validate(Action<ImportRow<TRow>>? onRow = null)
    {
        var report = new ImportReport(FileName);
        foreach (var warning in _warnings)
        {
            report.AddWarning(warning);
        }

        foreach (var error in _headerErrors)
        {
            report.AddIssue(error);
        }

        foreach (var row in ReadRows())
        {
            report.AddRow(row);
            onRow?.Invoke(row);
        }

        report.Skipped = Skipped;
        return report;
    }

    public void Dispose() => _reader.Dispose();

    private IEnumerable<ImportRow<TRow>> Enumerate()
    {
        var labels = new string[_schema.Columns.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = _sourceIndex[i] >= 0 ? _reader.ColumnLabel(_sourceIndex[i]).Trim() : _schema.Columns[i].Name;
        }

        var fields = new FieldReader(FileName, _sourceIndex, labels, Culture, _options.References, _reader);
        var ids = new ExternalIdSet();
        var values = new object?[_reader.Headers.Count];
        while (true)
        {
            long line;
            string[]? extra;
            string? structure;
            object?[] current;
            if (_lookahead.TryDequeue(out var buffered))
            {
                (current, line, extra, structure) = (buffered.Values, buffered.Line, buffered.Extra, buffered.Structure);
            }
            else if (_reader.Read())
            {
                extra = _reader.CopyValues(values);
                (current, line, structure) = (values, _reader.LineNumber, _reader.StructureProblem);
            }
            else
            {
                yield break;
            }

            fields.Start(current, line, buffered is null ? _reader.RecordIssues : []);
            var row = _schema.Parse(fields);
            if (structure is not null)
            {
                fields.AddIssue(-1, string.Empty, structure);
            }

            if (extra is not null)
            {
                fields.AddIssue(-1, string.Join(_reader.Delimiter, extra), $"the row has {_reader.Headers.Count + extra.Length} or more fields but the header has {_reader.Headers.Count}; quote values that contain the delimiter");
            }

            var externalId = fields.Text(0);
            if (externalId is not null)
            {
                var first = ids.Add(externalId, line);
                if (first > 0)
                {
                    fields.AddIssue(0, externalId, $"duplicate externalId in this file (first at line {first})");
                }
            }

            if (fields.HasIssues)
            {
                yield return new ImportRow<TRow>(line, null, [.. fields.Issues], (buffered is null ? _reader.CurrentSourceTexts() : null) ?? SourceTexts(current));
            }
            else
            {
                yield return new ImportRow<TRow>(line, row, [], null);
            }
        }
    }

    private static string[] SourceTexts(object?[] values) => [.. values.Select(CellText.Of)];

    private int[] MapHeader()
    {
        var columns = _schema.Columns;
        var index = new int[columns.Count];
        Array.Fill(index, -1);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            byName[ImportColumn.NormalizeHeader(columns[i].Name)] = i;
        }

        var headers = _reader.Headers;
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            if (string.IsNullOrWhiteSpace(header))
            {
                _warnings.Add(new ImportIssue(FileName, 1, string.Empty, string.Empty, $"column {h + 1} has no name and is ignored"));
                continue;
            }

            if (!byName.TryGetValue(ImportColumn.NormalizeHeader(header), out var column))
            {
                _warnings.Add(new ImportIssue(FileName, 1, header.Trim(), header, $"unknown column for {_schema.Kind}; it is ignored"));
                continue;
            }

            if (index[column] >= 0)
            {
                _headerErrors.Add(new ImportIssue(FileName, 1, header.Trim(), header, $"column {columns[column].Name} appears twice (also column {index[column] + 1})"));
                continue;
            }

            index[column] = h;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Required && index[i] < 0)
            {
                _headerErrors.Add(new ImportIssue(FileName, 1, columns[i].Name, string.Empty, $"required column {columns[i].Name} is missing"));
            }
        }

        return index;
    }

    /// <summary>
    /// German when more of the first records' number and date values can only be read as German (decimal comma,
    /// DD.MM.YYYY) than can only be read as invariant (decimal point); on a tie, German for a ';' file, else invariant.
    /// </summary>
    private NumberCulture DetectCulture()
    {
        var german = 0;
        var invariant = 0;
        var columns = _schema.Columns;
        while (_lookahead.Count < _options.DetectionRows && _reader.Read())
        {
            var values = new object?[_reader.Headers.Count];
            var extra = _reader.CopyValues(values);
            _lookahead.Enqueue(new BufferedRecord(values, _reader.LineNumber, extra, _reader.StructureProblem));
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Kind == ImportValueKind.Text || _sourceIndex[c] < 0 || values[_sourceIndex[c]] is not string text)
                {
                    continue;
                }

                switch (ValueParser.Evidence(text))
                {
                    case NumberCulture.German:
                        german++;
                        break;
                    case NumberCulture.Invariant:
                        invariant++;
                        break;
                    default:
                        break;
                }
            }
        }

        if (german != invariant)
        {
            return german > invariant ? NumberCulture.German : NumberCulture.Invariant;
        }

        return _reader.Delimiter == ';' ? NumberCulture.German : NumberCulture.Invariant;
    }

    private sealed record BufferedRecord(object?[] Values, long Line, string[]? Extra, string? Structure);
}
