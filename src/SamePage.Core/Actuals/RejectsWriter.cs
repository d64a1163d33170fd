using CsvHelper;

namespace SamePage.Core.Actuals;

/// <summary>
/// Writes REJECTS.csv: the header of the source file plus a "reason" column, then each rejected record with its
/// source values as read (unquoted) and all its issues in "line N: column 'value': reason" form joined by " | ".
/// Uses the source delimiter (',' for .xlsx), RFC 4180 quoting, UTF-8 without BOM, LF line ends.
/// </summary>
public sealed class RejectsWriter : IDisposable
{
    private readonly CsvWriter _writer;
    private readonly int _columns;

    public RejectsWriter(Stream destination, IReadOnlyList<string> sourceHeaders, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(sourceHeaders);
        _columns = sourceHeaders.Count;
        _writer = CsvWriter.Create(destination, new CsvWriterOptions { Separator = delimiter, NewLine = "\n" }, leaveOpen: false);
        _writer.WriteHeader([.. sourceHeaders, "reason"]);
    }

    public long Count { get; private set; }

    public static RejectsWriter Create<TRow>(string path, ImportSession<TRow> session)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(session);
        return new RejectsWriter(File.Create(path), session.SourceHeaders, session.Delimiter);
    }

    /// <summary>Writes the row when it was rejected; valid rows are ignored.</summary>
    public void Write<TRow>(ImportRow<TRow> row)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.IsValid)
        {
            Write(row.SourceValues ?? [], row.Issues);
        }
    }

    /// <summary>Writes one rejected record: its source values as read and the issues that rejected it.</summary>
    public void Write(IReadOnlyList<string> sourceValues, IEnumerable<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(sourceValues);
        var fields = new string[_columns + 1];
        for (var i = 0; i < _columns; i++)
        {
            fields[i] = i < sourceValues.Count ? sourceValues[i] : string.Empty;
        }

        fields[_columns] = string.Join(" | ", issues.Select(Describe));
        _writer.WriteRecord(fields);
        Count++;
    }

    public void Dispose() => _writer.Dispose();

    private static string Describe(ImportIssue issue) =>
        issue.Column.Length == 0
            ? $"line {issue.Line}: {issue.Reason}"
            : $"line {issue.Line}: {issue.Column} '{issue.Value}': {issue.Reason}";
}
