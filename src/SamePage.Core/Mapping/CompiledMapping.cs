using System.Globalization;
using System.Text.RegularExpressions;
using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>
/// A mapping checked against one file's header: every rule knows its source columns by index. All problems are collected
/// and thrown together as one <see cref="ImportMappingException"/> that names each target and source column.
/// </summary>
public sealed partial class CompiledMapping
{
    private CompiledMapping(ImportMappingDocument document, IReadOnlyList<ColumnRule> rules, NumberCulture? culture, DateReader? dates, int currencyColumn)
    {
        Document = document;
        Rules = rules;
        Culture = culture;
        Dates = dates;
        CurrencyColumn = currencyColumn;
    }

    public ImportMappingDocument Document { get; }

    internal IReadOnlyList<ColumnRule> Rules { get; }

    /// <summary>The number culture the mapping fixes; null when it is detected from the file.</summary>
    public NumberCulture? Culture { get; }

    /// <summary>The date formats the mapping fixes; null when they are detected.</summary>
    internal DateReader? Dates { get; }

    internal int CurrencyColumn { get; }

    /// <summary>"partnerMargin: the file has none of its columns; the default 0.2 is used for every row", one per defaulted column.</summary>
    public IReadOnlyList<string> Defaulted => [.. Rules.Where(r => r.Defaulted)
        .Select(r => $"{r.Target.Name}: the file has none of the mapping's columns for it; the default '{r.Constant}' is used for every row")];

    /// <summary>Whether a culture name reads day before month (de-DE, en-GB) rather than month first (en-US).</summary>
    public bool DayFirst { get; private init; }

    public static CompiledMapping Compile(ImportMappingDocument document, IReadOnlyList<string> headers) => Compile(document, headers, complete: true);

    /// <summary>Compiles the columns a mapping has so far, without asking for the required ones (for detection and previews).</summary>
    public static CompiledMapping CompileLenient(ImportMappingDocument document, IReadOnlyList<string> headers) => Compile(document, headers, complete: false);

    private static CompiledMapping Compile(ImportMappingDocument document, IReadOnlyList<string> headers, bool complete)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(headers);
        var problems = new List<string>();
        if (document.Format != ImportMappingDocument.CurrentFormat)
        {
            problems.Add($"format: '{document.Format}' is not {ImportMappingDocument.CurrentFormat}");
        }

        var targets = MappingTargets.For(document.Kind);
        NumberCulture? culture = null;
        var dayFirst = false;
        if (document.Culture is { Length: > 0 } name)
        {
            try
            {
                culture = NumberCultures.FromName(name);
                dayFirst = name.Equals("invariant", StringComparison.OrdinalIgnoreCase)
                    || CultureInfo.GetCultureInfo(name).DateTimeFormat.ShortDatePattern.StartsWith('d');
            }
            catch (ArgumentException e)
            {
                problems.Add($"culture: {e.Message}");
            }
        }

        DateReader? dates = null;
        if (document.DateFormats is { Count: > 0 } formats)
        {
            foreach (var format in formats.Where(f => !IsDateFormat(f)))
            {
                problems.Add($"dateFormats: '{format}' is not a date pattern (use d, M, MMM, yy or yyyy with . / - or spaces, e.g. M/d/yyyy)");
            }

            dates = new DateReader(formats);
        }

        var currencyColumn = -1;
        if (document.Currency is { } currency)
        {
            if (currency.Column is { } names)
            {
                currencyColumn = FindColumn(headers, names);
                if (currencyColumn < 0)
                {
                    problems.Add($"currency.column: the file has no column {Quoted(names)}");
                }
            }

            if (currency.Default is { } code && !AmountParser.IsCurrencyCode(code))
            {
                problems.Add($"currency.default: '{code}' is not an ISO currency code such as EUR or USD");
            }

            foreach (var rate in (currency.Rates ?? []).Where(r => !AmountParser.IsCurrencyCode(r.From) || !AmountParser.IsCurrencyCode(r.To) || r.Rate <= 0))
            {
                problems.Add($"currency.rates: {rate.From} → {rate.To} {rate.Rate.ToString(CultureInfo.InvariantCulture)} needs two ISO codes and a rate above 0");
            }
        }

        foreach (var pair in (document.Currency?.Rates ?? []).GroupBy(r => (r.From.ToUpperInvariant(), r.To.ToUpperInvariant())).Where(g => g.Count() > 1))
        {
            problems.Add($"currency.rates: {pair.Key.Item1} → {pair.Key.Item2} is given {pair.Count()} times");
        }

        if (document.Columns.Count > MappingLimits.MaxColumns)
        {
            problems.Add($"columns: at most {MappingLimits.MaxColumns} target columns");
        }

        var rules = new List<ColumnRule>();
        foreach (var (key, source) in document.Columns.Take(MappingLimits.MaxColumns))
        {
            var target = targets.FirstOrDefault(t => t.Name.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? (document.Kind == MappingTargets.SurveyKind ? new MappingTarget(key, TargetKind.Text, false, []) : null);
            if (target is null)
            {
                problems.Add($"columns.{key}: {document.Kind} has no column {key} (its columns: {string.Join(", ", targets.Select(t => t.Name))})");
                continue;
            }

            if (CompileRule(target, source, headers, problems) is { } rule)
            {
                rules.Add(rule);
            }
        }

        foreach (var missing in targets.Where(t => complete && t.Required && !rules.Any(r => r.Target.Name == t.Name)))
        {
            problems.Add($"columns.{missing.Name}: {document.Kind} needs {missing.Name}; map it to a source column, a constant or a formula");
        }

        if (problems.Count > 0)
        {
            throw new ImportMappingException(problems);
        }

        return new CompiledMapping(document, rules, culture, dates, currencyColumn) { DayFirst = dayFirst };
    }

    /// <summary>The index of the first of the alternative names the file has, or -1.</summary>
    public static int FindColumn(IReadOnlyList<string> headers, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var index = SourceFormula.FindHeader(headers, name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static ColumnRule? CompileRule(MappingTarget target, ColumnSource source, IReadOnlyList<string> headers, List<string> problems)
    {
        var at = $"columns.{target.Name}";
        var given = new[] { source.Column is not null, source.Constant is not null, source.Formula is not null, source.Join is not null }.Count(g => g);
        if (given != 1 && !(given == 0 && source.Default is not null))
        {
            problems.Add($"{at}: give exactly one of column, constant, formula or join");
            return null;
        }

        if (new[] { source.Constant, source.Formula, source.Separator }.Any(t => t is { Length: > MappingLimits.MaxTextLength }))
        {
            problems.Add($"{at}: texts are at most {MappingLimits.MaxTextLength} characters");
            return null;
        }

        ValueMap? values = null;
        if (source.Values is { } map)
        {
            if (map.Count > MappingLimits.MaxValueEntries)
            {
                problems.Add($"{at}.values: at most {MappingLimits.MaxValueEntries} entries");
                return null;
            }

            if (target.Kind == TargetKind.Enumeration)
            {
                foreach (var (from, to) in map.Where(e => e.Value != ValueMap.Skip && !target.Allowed.Contains(e.Value)))
                {
                    problems.Add($"{at}.values[\"{from}\"]: '{to}' is not one of {string.Join(", ", target.Allowed)} or skip");
                }
            }

            values = new ValueMap(map);
        }

        var match = PartnerMatch.Auto;
        if (source.Match is { } matchName)
        {
            if (target.Kind != TargetKind.Partner || !Enum.TryParse(matchName, ignoreCase: true, out match))
            {
                problems.Add($"{at}.match: '{matchName}' is not externalId, crmId, name or auto (and only partnerId is matched)");
            }
        }

        var rule = new ColumnRule(target, target.Name) { Values = values, Match = match, Default = source.Default };
        if (source.Column is { } names)
        {
            var found = names.Select(n => SourceFormula.FindHeader(headers, n)).Where(i => i >= 0).Distinct().ToList();
            if (found.Count == 0)
            {
                if (source.Default is { } fallback)
                {
                    return rule with { Constant = fallback, Defaulted = true, Label = $"{target.Name} (default)" };
                }

                problems.Add($"{at}: the file has no column {Quoted(names)} (its columns: {string.Join(", ", headers.Take(40))})");
                return null;
            }

            return rule with { Sources = found, Label = $"{target.Name} ({headers[found[0]].Trim()})" };
        }

        if (source.Constant is { } constant)
        {
            return rule with { Constant = constant, Label = $"{target.Name} (constant)" };
        }

        if (source.Formula is null && source.Join is null && source.Default is { } onlyDefault)
        {
            return rule with { Constant = onlyDefault, Defaulted = true, Label = $"{target.Name} (default)" };
        }

        if (source.Formula is { } formula)
        {
            if (target.Kind is not (TargetKind.Number or TargetKind.Money or TargetKind.Fraction))
            {
                problems.Add($"{at}: a formula gives a number, but {target.Name} is not a number column");
                return null;
            }

            try
            {
                return rule with { Formula = SourceFormula.Compile(formula, headers), Label = $"{target.Name} (= {formula})" };
            }
            catch (ImportMappingException e)
            {
                problems.Add($"{at}.formula: {e.Message}");
                return null;
            }
        }

        var join = source.Join!.Select(n => (Name: n, Index: SourceFormula.FindHeader(headers, n))).ToList();
        foreach (var missing in join.Where(j => j.Index < 0))
        {
            problems.Add($"{at}.join: the file has no column '{missing.Name}'");
        }

        return join.Count == 0 || join.Any(j => j.Index < 0) || join.Count > MappingLimits.MaxAlternatives
            ? null
            : rule with { Join = [.. join.Select(j => j.Index)], Separator = source.Separator ?? "-", Label = $"{target.Name} ({string.Join(" + ", join.Select(j => j.Name))})" };
    }

    private static string Quoted(IReadOnlyList<string> names) => string.Join(" or ", names.Select(n => $"'{n}'"));

    private static bool IsDateFormat(string format) => format.Length <= 40 && DateFormatPattern().IsMatch(format);

    [GeneratedRegex(@"^(d{1,2}|M{1,4}|y{2}|y{4}|[./\- ,]|H{1,2}|m{2}|s{2})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DateFormatPattern();
}
