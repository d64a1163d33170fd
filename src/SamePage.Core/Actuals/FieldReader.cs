using System.Globalization;

namespace SamePage.Core.Actuals;

/// <summary>
/// Reads the columns of one record for a schema, parsing values and collecting an issue for each problem, so that a
/// row reports all its problems at once rather than the first.
/// </summary>
internal sealed class FieldReader
{
    private readonly string _file;
    private readonly int[] _sourceIndex;
    private readonly string[] _columnLabels;
    private readonly List<ImportIssue> _issues = [];
    private readonly TabularReader? _reader;
    private readonly int[] _columnOf;
    private readonly bool[] _blocked;
    private object?[] _values = [];

    public FieldReader(string file, int[] sourceIndex, string[] columnLabels, NumberCulture culture, ImportReferences references, TabularReader? reader = null)
    {
        _reader = reader;
        _blocked = new bool[sourceIndex.Length];
        _columnOf = new int[Math.Max(0, sourceIndex.Length == 0 ? 0 : sourceIndex.Max() + 1)];
        Array.Fill(_columnOf, -1);
        for (var i = 0; i < sourceIndex.Length; i++)
        {
            if (sourceIndex[i] >= 0)
            {
                _columnOf[sourceIndex[i]] = i;
            }
        }

        _file = file;
        _sourceIndex = sourceIndex;
        _columnLabels = columnLabels;
        Culture = culture;
        References = references;
    }

    public NumberCulture Culture { get; }

    public ImportReferences References { get; }

    public long Line { get; private set; }

    public List<ImportIssue> Issues => _issues;

    public bool HasIssues => _issues.Count > 0;

    /// <summary>
    /// Starts a record. The reader's own issues (a mapped value that could not be produced) are added first; their columns
    /// then take no further issue, so an unparseable amount is not also reported as "a value is required".
    /// </summary>
    public void Start(object?[] values, long line, IReadOnlyList<RecordIssue> readerIssues)
    {
        _values = values;
        Line = line;
        _issues.Clear();
        Array.Clear(_blocked);
        foreach (var issue in readerIssues)
        {
            var column = issue.Column >= 0 && issue.Column < _columnOf.Length ? _columnOf[issue.Column] : -1;
            _issues.Add(new ImportIssue(_file, Line, column < 0 ? string.Empty : _columnLabels[column], issue.Value, issue.Reason));
            if (column >= 0)
            {
                _blocked[column] = true;
            }
        }
    }

    /// <summary>Adds an issue; for a mapped file the value shown is the source text it was made from.</summary>
    public void AddIssue(int column, string value, string reason)
    {
        if (column >= 0 && _blocked[column])
        {
            return;
        }

        var shown = column >= 0 && _reader is not null && _sourceIndex[column] >= 0 ? _reader.SourceText(_sourceIndex[column]) ?? value : value;
        _issues.Add(new ImportIssue(_file, Line, column < 0 ? string.Empty : _columnLabels[column], shown, reason));
    }

    /// <summary>The raw cell (string, or a typed .xlsx value), or null when the column is absent or empty.</summary>
    public object? Raw(int column)
    {
        var index = _sourceIndex[column];
        if (index < 0)
        {
            return null;
        }

        var value = _values[index];
        return value is string s && string.IsNullOrWhiteSpace(s) ? null : value;
    }

    /// <summary>The trimmed text, or null when the column is absent or empty.</summary>
    public string? Text(int column)
    {
        var raw = Raw(column);
        return raw switch
        {
            null => null,
            string s => s.Trim(),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(raw, CultureInfo.InvariantCulture),
        };
    }

    public string? RequiredText(int column)
    {
        var text = Text(column);
        if (text is null)
        {
            AddIssue(column, string.Empty, "a value is required");
        }

        return text;
    }

    /// <summary>Parses a number; null when empty (an issue when <paramref name="required"/>) or invalid (an issue).</summary>
    public decimal? Number(int column, bool required)
    {
        var raw = Raw(column);
        switch (raw)
        {
            case null:
                if (required)
                {
                    AddIssue(column, string.Empty, "a value is required");
                }

                return null;
            case decimal m:
                return m;
            case double d:
                if (double.IsFinite(d) && Math.Abs(d) < 7.9e27)
                {
                    return (decimal)d;
                }

                AddIssue(column, Text(column) ?? string.Empty, "not a number");
                return null;
            case string s:
                if (ValueParser.TryParseDecimal(s, Culture, out var value, out var reason))
                {
                    return value;
                }

                AddIssue(column, s.Trim(), reason!);
                return null;
            default:
                AddIssue(column, Text(column) ?? string.Empty, "not a number");
                return null;
        }
    }

    /// <summary>Parses a number that must be at least <paramref name="min"/>.</summary>
    public decimal? NumberAtLeast(int column, bool required, decimal min)
    {
        var value = Number(column, required);
        if (value < min)
        {
            AddIssue(column, Text(column) ?? string.Empty, $"must be at least {min.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    public DateOnly? Date(int column)
    {
        var raw = Raw(column);
        switch (raw)
        {
            case null:
                AddIssue(column, string.Empty, "a date is required");
                return null;
            case DateTime dt:
                return CheckYear(column, DateOnly.FromDateTime(dt));
            case DateOnly day:
                return CheckYear(column, day);
            case double serial when serial >= 1 && serial < 2958466:
                // An .xlsx date cell whose format MiniExcel did not recognize arrives as its serial number.
                return CheckYear(column, DateOnly.FromDateTime(DateTime.FromOADate(serial)));
            case string s:
                if (ValueParser.TryParseDate(s, Culture, out var date, out var reason))
                {
                    return CheckYear(column, date);
                }

                AddIssue(column, s.Trim(), reason!);
                return null;
            default:
                AddIssue(column, Text(column) ?? string.Empty, "not a date (expected YYYY-MM-DD)");
                return null;
        }
    }

    /// <summary>Matches a value, case-insensitively and trimmed, against the names of <typeparamref name="TEnum"/>.</summary>
    public TEnum? Enum<TEnum>(int column)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            AddIssue(column, string.Empty, $"a value is required ({Allowed<TEnum>()})");
            return null;
        }

        foreach (var (name, value) in EnumNames<TEnum>.Values)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        AddIssue(column, text, $"must be one of {Allowed<TEnum>()}");
        return null;
    }

    private DateOnly? CheckYear(int column, DateOnly date)
    {
        if (date.Year is < 1900 or > 2200)
        {
            AddIssue(column, Text(column) ?? string.Empty, "the year is out of range (1900-2200)");
            return null;
        }

        return date;
    }

    private static string Allowed<TEnum>()
        where TEnum : struct, Enum => EnumNames<TEnum>.Allowed;

    // Names looked up once per type: the hot loop compares strings only.
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (string Name, TEnum Value)[] Values =
            [.. System.Enum.GetValues<TEnum>().Select(v => (v.ToString().ToLowerInvariant(), v))];

        public static readonly string Allowed = string.Join('|', Values.Select(v => v.Name));
    }
}
