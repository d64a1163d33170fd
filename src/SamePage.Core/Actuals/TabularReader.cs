namespace SamePage.Core.Actuals;

/// <summary>
/// A forward-only reader of a table (CSV or the first sheet of an .xlsx file) that never loads the whole file.
/// Each record is exposed as one value per header column: text for CSV, typed cell values (string, double, DateTime, bool)
/// for .xlsx. <see cref="LineNumber"/> is the physical line (CSV) or sheet row (.xlsx) where the record starts.
/// </summary>
public abstract class TabularReader : IDisposable
{
    /// <summary>The header names as they appear in the file (trimmed of nothing).</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>The field delimiter detected from the header line; ',' for .xlsx.</summary>
    public abstract char Delimiter { get; }

    /// <summary>Whether values are typed cells (.xlsx) rather than text (CSV).</summary>
    public abstract bool HasTypedValues { get; }

    /// <summary>The 1-based physical line (or sheet row) where the current record starts.</summary>
    public abstract long LineNumber { get; }

    /// <summary>The number of fields the current record has in the file (may differ from the header count).</summary>
    public abstract int FieldCount { get; }

    /// <summary>Bytes of the file consumed so far (start of the current record), for progress; -1 when unknown.</summary>
    public virtual long BytePosition => -1;

    /// <summary>A problem with the structure of the current record (such as bad quoting), or null.</summary>
    public abstract string? StructureProblem { get; }

    /// <summary>Moves to the next record that is not blank (every field empty). False at the end.</summary>
    public abstract bool Read();

    /// <summary>
    /// Copies the current record into <paramref name="values"/> (one slot per header column, null where the record
    /// has no field) and returns the text of the fields beyond the header, if any are non-empty, else null.
    /// </summary>
    public abstract string[]? CopyValues(object?[] values);

    /// <summary>The label issues name a column by: the header, or for a mapped file the target and the source it comes from.</summary>
    public virtual string ColumnLabel(int column) => Headers[column];

    /// <summary>The header of the file as the user has it: the columns of REJECTS.csv before "reason".</summary>
    public virtual IReadOnlyList<string> SourceHeaders => Headers;

    /// <summary>The current record as the user has it (for REJECTS.csv), or null when the values are the record itself.</summary>
    public virtual string[]? CurrentSourceTexts() => null;

    /// <summary>The text of the source value a column came from, shown in issues; null when the value is its own source.</summary>
    public virtual string? SourceText(int column) => null;

    /// <summary>Problems found while producing the current record's values (a mapped file); their columns hold no value.</summary>
    public virtual IReadOnlyList<RecordIssue> RecordIssues => [];

    /// <summary>Records the reader passed over on purpose (a mapping's "skip" values), by reason.</summary>
    public virtual SkippedRecords Skipped => SkippedRecords.None;

    /// <summary>
    /// Columns whose values nobody reads: <see cref="CopyValues"/> leaves them null, so a mapped export's unused columns cost
    /// no strings. <see cref="CopyAllValues"/> still has them (for REJECTS.csv).
    /// </summary>
    public virtual void Ignore(IReadOnlySet<int> columns)
    {
    }

    /// <summary>Like <see cref="CopyValues"/>, with the ignored columns too.</summary>
    public virtual string[]? CopyAllValues(object?[] values) => CopyValues(values);

    /// <summary>Opens a file by its extension: .xlsx is read as a workbook, anything else as delimited text.</summary>
    public static TabularReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxTabularReader.Open(File.OpenRead(path))
            : CsvTabularReader.Open(File.OpenRead(path));
    }

    /// <summary>Opens an uploaded stream, choosing the format by the file name's extension; the reader owns the stream.</summary>
    public static TabularReader Open(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxTabularReader.Open(stream)
            : CsvTabularReader.Open(stream);
    }

    /// <summary>Opens a stream of delimited text; the reader owns and disposes the stream.</summary>
    public static TabularReader OpenCsv(Stream stream) => CsvTabularReader.Open(stream);

    /// <summary>Opens a stream of an .xlsx workbook and reads its first sheet; the reader owns and disposes the stream.</summary>
    public static TabularReader OpenXlsx(Stream stream) => XlsxTabularReader.Open(stream);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
