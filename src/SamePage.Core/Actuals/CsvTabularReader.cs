using CsvHelper;

namespace SamePage.Core.Actuals;

/// <summary>
/// Delimited text through CsvHelper's streaming UTF-8 reader: RFC 4180 quoting (delimiters, quotes and line breaks
/// inside quoted fields), a UTF-8 BOM, physical line numbers, blank lines and all-empty records skipped.
/// </summary>
internal sealed class CsvTabularReader : TabularReader
{
    private const int DetectionBytes = 64 * 1024;

    // A quote that is never closed would otherwise make the rest of the file one record.
    private const int MaxRecordBytes = 1024 * 1024;

    private readonly CsvReader _csv;
    private readonly string[] _headers;
    private readonly char _delimiter;
    private string? _malformed;
    private bool[]? _ignored;
    private long _malformedLine;

    private CsvTabularReader(CsvReader csv, char delimiter)
    {
        _csv = csv;
        _delimiter = delimiter;
        try
        {
            _csv.ReadHeader();
            _headers = [.. _csv.Headers];
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException)
        {
            throw new TabularFormatException($"The header cannot be read: {ex.Message}", 1, ex);
        }

        if (_headers.Length == 0 || _headers.All(string.IsNullOrWhiteSpace))
        {
            throw new TabularFormatException("The file has no header line.", 1);
        }
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override char Delimiter => _delimiter;

    public override bool HasTypedValues => false;

    public override long LineNumber => _csv.LineNumber;

    public override int FieldCount => _csv.FieldCount;

    public override long BytePosition => _csv.ByteOffset;

    public override string? StructureProblem => _malformed is not null && _malformedLine == _csv.LineNumber ? _malformed : null;

    public static CsvTabularReader Open(Stream stream)
    {
        var prefix = new byte[DetectionBytes];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = stream.Read(prefix, length, prefix.Length - length)) > 0)
        {
            length += read;
        }

        if (length == 0)
        {
            stream.Dispose();
            throw new TabularFormatException("The file is empty.");
        }

        var dialect = CsvDialect.Detect(prefix.AsSpan(0, length), length < prefix.Length);
        Stream source;
        if (stream.CanSeek)
        {
            stream.Seek(0, SeekOrigin.Begin);
            source = stream;
        }
        else
        {
            source = new PrefixReplayStream(prefix, length, stream);
        }

        CsvTabularReader? reader = null;
        var options = new CsvReaderOptions
        {
            Separator = dialect.HasSeparatorHint ? null : dialect.Delimiter,
            DetectSeparatorHint = dialect.HasSeparatorHint,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            // Values are trimmed anyway; trimming here also lets a quote after a space open a quoted field (a, "b, c").
            TrimWhitespace = true,
            PoolStrings = true,
            MaxRecordSize = MaxRecordBytes,
            Encoding = dialect.Encoding,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => reader?.NoteMalformed(record),
        };
        var csv = CsvReader.Create(source, options, leaveOpen: false);
        reader = new CsvTabularReader(csv, dialect.Delimiter);
        return reader;
    }

    public override bool Read()
    {
        try
        {
            while (_csv.Read())
            {
                if (!IsBlank())
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException)
        {
            throw new TabularFormatException($"The file cannot be read past line {_csv.LineNumber}: {ex.Message}", _csv.LineNumber, ex);
        }
    }

    public override void Ignore(IReadOnlySet<int> columns)
    {
        _ignored = new bool[_headers.Length];
        foreach (var column in columns.Where(c => c >= 0 && c < _headers.Length))
        {
            _ignored[column] = true;
        }
    }

    public override string[]? CopyAllValues(object?[] values) => Copy(values, null);

    public override string[]? CopyValues(object?[] values) => Copy(values, _ignored);

    private string[]? Copy(object?[] values, bool[]? ignored)
    {
        var count = _csv.FieldCount;
        var shared = Math.Min(count, values.Length);
        for (var i = 0; i < shared; i++)
        {
            values[i] = ignored is not null && ignored[i] ? null : _csv.GetString(i);
        }

        for (var i = shared; i < values.Length; i++)
        {
            values[i] = null;
        }

        string[]? extra = null;
        for (var i = values.Length; i < count; i++)
        {
            if (!_csv.IsEmpty(i))
            {
                extra = new string[count - values.Length];
                for (var j = values.Length; j < count; j++)
                {
                    extra[j - values.Length] = _csv.GetString(j);
                }

                break;
            }
        }

        return extra;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _csv.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool IsBlank()
    {
        var count = _csv.FieldCount;
        for (var i = 0; i < count; i++)
        {
            if (!_csv.GetSpan(i).IsEmpty && !_csv.GetSpan(i).Trim(" \t"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private void NoteMalformed(CsvMalformedRecord record)
    {
        if (record.Reason == CsvMalformedReason.FieldCountMismatch)
        {
            return;
        }

        _malformed = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double inner quotes)",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
            _ => $"malformed quoting ({record.Reason})",
        };
        _malformedLine = record.LineNumber;
    }
}
