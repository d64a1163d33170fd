using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>
/// A source file seen through a mapping: its header is the mapped target columns, each record's values are produced by the
/// rules (typed: decimals, dates, resolved partner externalIds and solution ids), so the import kind's own validation,
/// rejects, all-or-nothing and idempotency work unchanged. Values that cannot be produced become <see cref="RecordIssues"/>
/// that name the physical line, the target and the source column and the source text. Rows whose value maps to "skip" are
/// passed over and counted in <see cref="Skipped"/>. The number culture and date formats, unless the mapping fixes them,
/// are detected from the first records of the file.
/// </summary>
public sealed class MappedTabularReader : TabularReader
{
    private const int DetectionRows = 200;

    private readonly TabularReader _source;
    private readonly CompiledMapping _mapping;
    private readonly ReferenceDirectory _references;
    private readonly ColumnRule[] _rules;
    private readonly int[] _order;
    private readonly string[] _headers;
    private readonly Queue<Buffered> _buffer = new();
    private readonly List<RecordIssue> _issues = [];
    private readonly SkippedRecords _skipped = new();
    private readonly IReadOnlyDictionary<(string, string), decimal> _rates;
    private object?[] _sourceValues;
    private object?[] _values;
    private string[]? _extra;
    private long _line;
    private string? _structure;
    private KnownSolution? _rowSolution;
    private bool _fromBuffer;

    public MappedTabularReader(TabularReader source, CompiledMapping mapping, ReferenceDirectory references)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        _source = source;
        _mapping = mapping;
        _references = references ?? ReferenceDirectory.Empty;
        _rules = [.. mapping.Rules];
        _headers = [.. _rules.Select(r => r.Target.Name)];

        // Money last: converting an amount needs the row's solution and its currency.
        _order = [.. Enumerable.Range(0, _rules.Length).OrderBy(i => _rules[i].Target.Kind == TargetKind.Money ? 1 : 0)];
        _sourceValues = new object?[source.Headers.Count];
        _values = new object?[_rules.Length];
        _rates = (mapping.Document.Currency?.Rates ?? []).ToDictionary(r => (r.From.ToUpperInvariant(), r.To.ToUpperInvariant()), r => r.Rate);
        (Culture, Dates) = Detect();
        var used = new HashSet<int>(_rules.SelectMany(r => r.Inputs)) { mapping.CurrencyColumn };
        source.Ignore(Enumerable.Range(0, source.Headers.Count).Where(c => !used.Contains(c)).ToHashSet());
    }

    /// <summary>The number culture amounts are read with: the mapping's, or detected.</summary>
    public NumberCulture Culture { get; }

    /// <summary>The date formats dates are read with: the mapping's, or detected.</summary>
    public DateReader Dates { get; }

    public override IReadOnlyList<string> Headers => _headers;

    public override char Delimiter => _source.Delimiter;

    public override bool HasTypedValues => true;

    public override long LineNumber => _line;

    public override int FieldCount => _rules.Length;

    public override long BytePosition => _source.BytePosition;

    public override string? StructureProblem => _structure;

    public override IReadOnlyList<string> SourceHeaders => _source.Headers;

    public override IReadOnlyList<RecordIssue> RecordIssues => _issues;

    public override SkippedRecords Skipped => _skipped;

    public override string ColumnLabel(int column) => _rules[column].Label;

    public override bool Read()
    {
        while (Next())
        {
            if (Produce())
            {
                return true;
            }
        }

        return false;
    }

    public override string[]? CopyValues(object?[] values)
    {
        Array.Copy(_values, values, Math.Min(values.Length, _values.Length));
        return _extra;
    }

    public override string[] CurrentSourceTexts()
    {
        if (_fromBuffer)
        {
            return [.. _sourceValues.Select(Show)];
        }

        var all = new object?[_source.Headers.Count];
        _source.CopyAllValues(all);
        return [.. all.Select(Show)];
    }

    public override string? SourceText(int column)
    {
        var rule = _rules[column];
        if (rule.Constant is not null)
        {
            return rule.Constant;
        }

        if (rule.Sources.Count > 0)
        {
            return Show(FirstValue(rule));
        }

        var inputs = rule.Inputs.ToList();
        return inputs.Count == 1 ? Show(_sourceValues[inputs[0]]) : string.Join(", ", inputs.Select(i => $"{_source.Headers[i].Trim()}={Show(_sourceValues[i])}"));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Next()
    {
        _fromBuffer = _buffer.TryDequeue(out var buffered);
        if (_fromBuffer)
        {
            (_sourceValues, _line, _extra, _structure) = (buffered!.Values, buffered.Line, buffered.Extra, buffered.Structure);
            return true;
        }

        if (!_source.Read())
        {
            return false;
        }

        if (_sourceValues.Length != _source.Headers.Count)
        {
            _sourceValues = new object?[_source.Headers.Count];
        }

        _extra = _source.CopyValues(_sourceValues);
        (_line, _structure) = (_source.LineNumber, _source.StructureProblem);
        return true;
    }

    /// <summary>Produces the target values of the current record; false when the record is skipped.</summary>
    private bool Produce()
    {
        _issues.Clear();
        _rowSolution = null;
        Array.Clear(_values);
        foreach (var i in _order)
        {
            var rule = _rules[i];
            // Constants, defaults and value-map targets are written in the mapping, so their numbers are invariant (0.2), whatever the file's culture.
            var raw = rule.Constant ?? FirstValue(rule);
            var fromMapping = rule.Constant is not null;
            if (rule.Join.Count > 0)
            {
                raw = string.Join(rule.Separator, rule.Join.Select(j => Show(_sourceValues[j]).Trim()).Where(t => t.Length > 0));
            }

            if (IsEmpty(raw) && rule.Default is not null)
            {
                (raw, fromMapping) = (rule.Default, true);
            }

            if (rule.Values is not null && raw is not null && Show(raw).Trim() is { Length: > 0 } text)
            {
                var mapped = rule.Values.Find(text);
                if (mapped == ValueMap.Skip)
                {
                    _skipped.Add($"{(rule.Source >= 0 ? _source.Headers[rule.Source].Trim() : rule.Target.Name)} '{Truncate(text)}'");
                    return false;
                }

                if (mapped is null && rule.Target.Kind == TargetKind.Enumeration && !rule.Target.Allowed.Contains(text.ToLowerInvariant()))
                {
                    Fail(i, $"'{Truncate(text)}' has no target in the mapping's values for {rule.Target.Name}: map it to {string.Join(", ", rule.Target.Allowed)} or skip");
                    continue;
                }

                (raw, fromMapping) = mapped is null ? (raw, fromMapping) : (mapped, true);
            }

            _values[i] = rule.Formula is not null ? Formula(i, rule) : Convert(i, rule, raw, fromMapping ? NumberCulture.Invariant : Culture);
        }

        return true;
    }

    private object? FirstValue(ColumnRule rule)
    {
        foreach (var source in rule.Sources)
        {
            if (!IsEmpty(_sourceValues[source]))
            {
                return _sourceValues[source];
            }
        }

        return null;
    }

    private static bool IsEmpty([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private object? Convert(int i, ColumnRule rule, object? raw, NumberCulture culture)
    {
        if (IsEmpty(raw))
        {
            return null;
        }

        switch (rule.Target.Kind)
        {
            case TargetKind.Partner:
                var (externalId, problem) = _references.FindPartner(Show(raw), rule.Match);
                if (problem is not null && rule.Values is null)
                {
                    // A reseller id the partners do not carry yet: its name in the next column may still match.
                    foreach (var other in rule.Sources.Skip(1).Where(s => !IsEmpty(_sourceValues[s])))
                    {
                        if (_references.FindPartner(Show(_sourceValues[other]), rule.Match) is { Problem: null } found)
                        {
                            return found.ExternalId;
                        }
                    }
                }

                return problem is null ? externalId : Fail(i, problem);
            case TargetKind.Solution:
                var (solution, missing) = _references.FindSolution(Show(raw));
                _rowSolution = solution;
                return missing is null ? solution!.Key : Fail(i, missing);
            case TargetKind.Date:
                return raw switch
                {
                    DateTime dt => DateOnly.FromDateTime(dt),
                    double serial => serial,
                    _ => Dates.TryRead(Show(raw), out var date) ? date : Fail(i, $"not a date in the formats {string.Join(", ", Dates.Formats.Prepend("yyyy-MM-dd").Distinct())}"),
                };
            case TargetKind.Number or TargetKind.Money or TargetKind.Fraction:
                if (!TryAmount(raw, rule.Target.Kind == TargetKind.Fraction, culture, out var amount, out var reason))
                {
                    return Fail(i, reason!);
                }

                return rule.Target.Kind == TargetKind.Money ? InSolutionCurrency(i, amount) : amount.Value;
            default:
                return Show(raw).Trim();
        }
    }

    private object? Formula(int i, ColumnRule rule)
    {
        var formula = rule.Formula!;
        var inputs = new decimal[formula.Columns.Count];
        string? currency = null;
        for (var c = 0; c < inputs.Length; c++)
        {
            var raw = _sourceValues[formula.Columns[c]];
            if (IsEmpty(raw))
            {
                return rule.Target.Required ? Fail(i, $"{_source.Headers[formula.Columns[c]].Trim()} is empty, and the formula needs it") : null;
            }

            if (!TryAmount(raw, percent: true, Culture, out var amount, out var reason))
            {
                return Fail(i, $"{_source.Headers[formula.Columns[c]].Trim()}: {reason}");
            }

            inputs[c] = amount.Value;
            currency ??= amount.Currency;
        }

        decimal value;
        try
        {
            value = formula.Evaluate(inputs);
        }
        catch (ArithmeticException e)
        {
            return Fail(i, $"the formula {formula.Text} fails here: {e.Message}");
        }

        return rule.Target.Kind == TargetKind.Money ? InSolutionCurrency(i, new Amount(value, currency)) : value;
    }

    private bool TryAmount(object raw, bool percent, NumberCulture culture, out Amount amount, out string? reason)
    {
        switch (raw)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                (amount, reason) = (new Amount((decimal)d, null), null);
                return true;
            case decimal m:
                (amount, reason) = (new Amount(m, null), null);
                return true;
            case string s:
                return AmountParser.TryParse(s, culture, _mapping.Document.Suffixes, percent, out amount, out reason);
            default:
                (amount, reason) = (default, "not a number");
                return false;
        }
    }

    /// <summary>The amount in its solution's currency: unmarked amounts are in the row's or the mapping's currency, else the solution's.</summary>
    private object? InSolutionCurrency(int i, Amount amount)
    {
        var from = amount.Currency
            ?? (_mapping.CurrencyColumn >= 0 && Show(_sourceValues[_mapping.CurrencyColumn]).Trim() is { Length: 3 } code ? code : null)
            ?? _mapping.Document.Currency?.Default;
        var to = _rowSolution?.Currency;
        if (from is null || to is null || string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return amount.Value;
        }

        (from, to) = (from.ToUpperInvariant(), to.ToUpperInvariant());
        if (!_rates.TryGetValue((from, to), out var rate))
        {
            return Fail(i, $"an amount in {from}, but {_rowSolution!.Name} is sold in {to}: add a fixed rate to the mapping (currency.rates: from {from} to {to})");
        }

        try
        {
            return Math.Round(amount.Value * rate, 4, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return Fail(i, "too large an amount once converted");
        }
    }

    private object? Fail(int column, string reason)
    {
        _issues.Add(new RecordIssue(column, Truncate(SourceText(column) ?? string.Empty), reason));
        return null;
    }

    private (NumberCulture Culture, DateReader Dates) Detect()
    {
        if (_mapping.Culture is { } fixedCulture && _mapping.Dates is { } fixedDates)
        {
            return (fixedCulture, fixedDates);
        }

        var numberColumns = _rules.Where(r => r.Target.Kind is TargetKind.Number or TargetKind.Money or TargetKind.Fraction).SelectMany(r => r.Inputs).Distinct().ToArray();
        var dateColumns = _rules.Where(r => r.Target.Kind == TargetKind.Date).SelectMany(r => r.Inputs).Distinct().ToArray();
        var dateTexts = new List<string>();
        int german = 0, invariant = 0;
        while (_buffer.Count < DetectionRows && _source.Read())
        {
            var values = new object?[_source.Headers.Count];
            var extra = _source.CopyValues(values);
            _buffer.Enqueue(new Buffered(values, _source.LineNumber, extra, _source.StructureProblem));
            foreach (var c in numberColumns)
            {
                if (values[c] is string text && AmountParser.Digits(text) is { } digits)
                {
                    var evidence = ValueParser.Evidence(digits);
                    german += evidence == NumberCulture.German ? 1 : 0;
                    invariant += evidence == NumberCulture.Invariant ? 1 : 0;
                }
            }

            dateTexts.AddRange(dateColumns.Select(c => values[c]).OfType<string>());
        }

        var germanDates = dateTexts.Count(t => t.Contains('.', StringComparison.Ordinal) && !t.Contains('/', StringComparison.Ordinal));
        var culture = _mapping.Culture
            ?? (german != invariant ? (german > invariant ? NumberCulture.German : NumberCulture.Invariant)
                : germanDates > 0 || _source.Delimiter == ';' ? NumberCulture.German : NumberCulture.Invariant);
        var dayFirst = _mapping.Document.Culture is { Length: > 0 } ? _mapping.DayFirst : culture == NumberCulture.German;
        return (culture, _mapping.Dates ?? new DateReader(DateReader.Detect(dateTexts, dayFirst)));
    }

    private static string Show(object? value) => CellText.Of(value);

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private sealed record Buffered(object?[] Values, long Line, string[]? Extra, string? Structure);
}
