using MiniExcelLibs;

namespace SamePage.Core.Actuals;

/// <summary>
/// The first sheet of an .xlsx workbook through MiniExcel's streaming query. The first non-empty row is the header;
/// <see cref="LineNumber"/> is the sheet's row number (MiniExcel yields gap rows, so counting rows gives it).
/// Cells keep their types (double, DateTime, bool, string).
/// </summary>
internal sealed class XlsxTabularReader : TabularReader
{
    private readonly Stream _stream;
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly string[] _headers;
    private readonly string[] _columnKeys;
    private IDictionary<string, object?>? _current;
    private long _line;

    private XlsxTabularReader(Stream stream)
    {
        _stream = stream;
        try
        {
            XlsxPreflight.Check(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        try
        {
            _rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Select(row => (IDictionary<string, object?>)row)
                .GetEnumerator();
            while (_rows.MoveNext())
            {
                _line++;
                if (!IsBlank(_rows.Current))
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not TabularFormatException)
        {
            throw new TabularFormatException($"The workbook cannot be read: {ex.Message}", _line, ex);
        }

        var header = _rows.Current;
        if (header is null || IsBlank(header))
        {
            throw new TabularFormatException("The first sheet has no header row.", 1);
        }

        // Keep columns up to the last non-empty header cell; MiniExcel keys cells by column letter.
        var keys = header.Keys.ToList();
        var last = keys.FindLastIndex(k => !string.IsNullOrWhiteSpace(Text(header[k])));
        _columnKeys = [.. keys.Take(last + 1)];
        _headers = [.. _columnKeys.Select(k => Text(header[k]))];
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override char Delimiter => ',';

    public override bool HasTypedValues => true;

    public override long LineNumber => _line;

    public override int FieldCount => _current?.Count ?? 0;

    public override string? StructureProblem => null;

    public static XlsxTabularReader Open(Stream stream) => new(stream);

    public override bool Read()
    {
        try
        {
            while (_rows.MoveNext())
            {
                _line++;
                if (!IsBlank(_rows.Current))
                {
                    _current = _rows.Current;
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is not TabularFormatException)
        {
            throw new TabularFormatException($"The workbook cannot be read past row {_line}: {ex.Message}", _line, ex);
        }

        _current = null;
        return false;
    }

    public override string[]? CopyValues(object?[] values)
    {
        var row = _current ?? throw new InvalidOperationException("No current row.");
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < _columnKeys.Length && row.TryGetValue(_columnKeys[i], out var value) ? Normalize(value) : null;
        }

        List<string>? extra = null;
        foreach (var (key, value) in row)
        {
            if (Array.IndexOf(_columnKeys, key) < 0 && !string.IsNullOrWhiteSpace(Text(value)))
            {
                (extra ??= []).Add(Text(value));
            }
        }

        return extra?.ToArray();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        double or DateTime or bool => value,
        decimal d => (double)d,
        int i => (double)i,
        long l => (double)l,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Text(object? value) =>
        Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static bool IsBlank(IDictionary<string, object?>? row) =>
        row is null || row.Values.All(v => string.IsNullOrWhiteSpace(Text(v)));
}
