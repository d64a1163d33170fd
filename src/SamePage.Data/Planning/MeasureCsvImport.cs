using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Planning;
using SamePage.Data.Entities;
using SamePage.Data.Imports;

namespace SamePage.Data.Planning;

/// <summary>
/// Imports measures from CSV (comma or semicolon separated, header row; see docs/measures.md). Every row is checked first,
/// problems are reported by line, column and reason, and only a file without problems is saved, in one transaction
/// (with <see cref="ImportRequest.SkipInvalid"/>: the valid rows, and the rows that refer to a rejected one are rejected too).
/// A row updates the measure of the same name and solution, so importing a file twice changes nothing.
/// Columns: name, description, instrument, owner, solution, segments (';'), costOneOff, costPerMonth, start, end, status,
/// effects (input:mode:low:likely:high:target, ';'), dependsOn and excludes (measure names of the same solution, ';').
/// </summary>
public sealed class MeasureCsvImport(SamePageDbContext db, MeasureService measures)
{
    public static readonly IReadOnlyList<string> Columns =
        ["name", "description", "instrument", "owner", "solution", "segments", "costOneOff", "costPerMonth", "start", "end", "status", "effects", "dependsOn", "excludes"];

    private static readonly Dictionary<string, string> s_fieldColumns = new(StringComparer.Ordinal)
    {
        ["startDate"] = "start", ["endDate"] = "end",
    };

    private sealed record Row(int Line, MeasureInput Input, string Solution, string[] DependsOn, string[] Excludes);

    /// <summary>The lines of the file as read: the parsed rows, every line's source values, and the problems found while parsing.</summary>
    private sealed record ParsedFile(List<Row> Rows, SortedDictionary<int, string[]> Lines, string[] Header, char Delimiter, List<(string Solution, string Name)> Named);

    /// <summary>Imports <paramref name="stream"/> (the request gives its name and the options; its path is not read).</summary>
    public async Task<ImportOutcome> ImportAsync(Stream stream, ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ImportIssue>();
        var rejectedLines = new HashSet<int>();
        void Problem(int line, string column, string reason, string value = "")
        {
            problems.Add(new ImportIssue(request.FileName, line, column, value, reason));
            rejectedLines.Add(line);
        }
        ParsedFile file;
        try
        {
            file = Parse(stream, request.FileName, problems);
        }
        catch (TabularFormatException e)
        {
            var failed = new ImportReport(request.FileName);
            failed.AddIssue(new ImportIssue(request.FileName, Math.Max(1, e.Line), "", "", e.Message));
            return new ImportOutcome(failed, false, 0, 0, 0, 0);
        }
        var existing = Index(await db.Measures.AsNoTracking().Include(m => m.Solution).ToListAsync(cancellationToken));
        var inFile = file.Rows.Select(r => Key(r.Solution, r.Input.Name!)).ToHashSet();
        var namedInFile = file.Named.Select(n => Key(n.Solution, n.Name)).ToHashSet();
        var seen = new HashSet<(string, string)>();
        foreach (var row in file.Rows)
        {
            if (!seen.Add(Key(row.Solution, row.Input.Name!)))
            {
                Problem(row.Line, "name", $"'{row.Input.Name}' appears twice for {row.Solution}.");
                continue;
            }
            var stored = existing.GetValueOrDefault(Key(row.Solution, row.Input.Name!));
            foreach (var error in await measures.ValidateAsync(row.Input, stored, cancellationToken))
            {
                foreach (var reason in error.Value)
                {
                    Problem(row.Line, s_fieldColumns.GetValueOrDefault(error.Key, error.Key), reason);
                }
            }
        }
        foreach (var row in file.Rows)
        {
            foreach (var (column, name) in References(row))
            {
                if (Same(name, row.Input.Name!))
                {
                    Problem(row.Line, column, "A measure cannot refer to itself.");
                }
                else if (!inFile.Contains(Key(row.Solution, name)) && !existing.ContainsKey(Key(row.Solution, name)))
                {
                    Problem(row.Line, column, namedInFile.Contains(Key(row.Solution, name))
                        ? $"The measure '{name}' is rejected in this file, so this row cannot refer to it."
                        : $"No measure '{name}' for {row.Solution} in the file or the register.", name);
                }
            }
        }
        // Skipping invalid rows: a row that refers to a rejected one (and to no stored measure of that name) is rejected too.
        var kept = file.Rows.Where(r => !rejectedLines.Contains(r.Line)).ToDictionary(r => r.Line);
        var keptNames = kept.Values.Select(r => Key(r.Solution, r.Input.Name!)).ToHashSet();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var row in kept.Values.ToList())
            {
                foreach (var (column, name) in References(row).Where(r => !keptNames.Contains(Key(row.Solution, r.Name)) && !existing.ContainsKey(Key(row.Solution, r.Name))))
                {
                    Problem(row.Line, column, $"The measure '{name}' is rejected in this file, so this row cannot refer to it.", name);
                }
                if (rejectedLines.Contains(row.Line))
                {
                    kept.Remove(row.Line);
                    keptNames.Remove(Key(row.Solution, row.Input.Name!));
                    changed = true;
                }
            }
        }

        var issuesByLine = problems.ToLookup(p => p.Line);
        var report = new ImportReport(request.FileName);
        foreach (var (line, values) in file.Lines)
        {
            report.AddRow(new ImportRow<Row>(line, kept.GetValueOrDefault(line), [.. issuesByLine[line]], values));
        }
        foreach (var header in issuesByLine[1])
        {
            report.AddIssue(header);
        }
        var rows = kept.Values.OrderBy(r => r.Line).ToList();
        var updated = rows.Count(r => existing.ContainsKey(Key(r.Solution, r.Input.Name!)));
        var outcome = new ImportOutcome(report, false, rows.Count - updated, updated, 0, report.InvalidRows);
        if (request.DryRun || (report.HasErrors && !request.SkipInvalid) || issuesByLine[1].Any())
        {
            return outcome;
        }
        if (request.RejectsPath is { } rejectsPath)
        {
            using var rejects = new RejectsWriter(File.Create(rejectsPath), file.Header, file.Delimiter);
            foreach (var (line, values) in file.Lines.Where(l => !kept.ContainsKey(l.Key)))
            {
                rejects.Write(values, issuesByLine[line]);
            }
        }
        await SaveAsync(rows, existing, cancellationToken);
        return outcome with { Committed = true };
    }

    private async Task SaveAsync(List<Row> rows, Dictionary<(string, string), Measure> existing, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = new Dictionary<Row, int>();
        foreach (var row in rows)
        {
            // Links by name are set once every row has an id.
            var input = row.Input with { DependsOn = null, Excludes = null };
            if (existing.GetValueOrDefault(Key(row.Solution, row.Input.Name!)) is { } stored)
            {
                await measures.UpdateAsync(stored.Id, input, cancellationToken);
                ids[row] = stored.Id;
            }
            else
            {
                ids[row] = (await measures.CreateAsync(input, cancellationToken)).Id;
            }
        }
        var all = Index(await db.Measures.AsNoTracking().Include(m => m.Solution).ToListAsync(cancellationToken));
        foreach (var row in rows)
        {
            var link = new MeasureInput
            {
                DependsOn = [.. row.DependsOn.Select(n => all[Key(row.Solution, n)].Id)],
                Excludes = [.. row.Excludes.Select(n => all[Key(row.Solution, n)].Id)],
            };
            await measures.UpdateAsync(ids[row], link, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<(string Column, string Name)> References(Row row) =>
        row.DependsOn.Select(n => ("dependsOn", n)).Concat(row.Excludes.Select(n => ("excludes", n)));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A solution (name or id, as typed) and a measure name, compared like <see cref="Same"/>: trimmed, ignoring case.</summary>
    private static (string Solution, string Name) Key(string solution, string name) => (solution.Trim().ToUpperInvariant(), name.Trim().ToUpperInvariant());

    /// <summary>Stored measures by solution name and by solution id, so a row may name its solution either way.</summary>
    private static Dictionary<(string, string), Measure> Index(List<Measure> measures)
    {
        var index = new Dictionary<(string, string), Measure>();
        foreach (var m in measures)
        {
            index.TryAdd(Key(m.Solution!.Name, m.Name), m);
            index.TryAdd(Key(m.SolutionId.ToString(CultureInfo.InvariantCulture), m.Name), m);
        }
        return index;
    }

    private static ParsedFile Parse(Stream stream, string fileName, List<ImportIssue> problems)
    {
        using var csv = TabularReader.OpenCsv(stream);
        var rows = new List<Row>();
        var lines = new SortedDictionary<int, string[]>();
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        var parsed = new ParsedFile(rows, lines, header, csv.Delimiter, []);
        var delimiter = csv.Delimiter.ToString();
        foreach (var required in new[] { "name", "instrument", "solution", "start", "end" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportIssue(fileName, 1, required, "", "Missing column."));
            }
        }
        foreach (var unknown in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new ImportIssue(fileName, 1, unknown, "", $"Unknown column; the columns are: {string.Join(delimiter, Columns)}."));
        }
        if (problems.Count > 0)
        {
            return parsed;
        }
        var values = new object?[header.Length];
        string? Field(string column)
        {
            var index = Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            var value = index < 0 ? null : values[index]?.ToString();
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
        static string[] List(string? value) => value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var before = problems.Count;
            void Fail(string column, string reason) => problems.Add(new ImportIssue(fileName, line, column, Field(column) ?? "", reason));
            Array.Clear(values);
            var extra = csv.CopyValues(values);
            lines[line] = [.. values.Select(v => v?.ToString() ?? "")];
            if (extra is not null)
            {
                Fail("", $"More fields than columns: {string.Join(delimiter, extra)}.");
            }
            if (csv.StructureProblem is { } structure)
            {
                Fail("", structure);
            }
            decimal? Money(string column)
            {
                var value = Field(column);
                if (value is null)
                {
                    return 0;
                }
                if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var m))
                {
                    return m;
                }
                Fail(column, $"'{value}' is not an amount (use a dot for decimals, no thousands separators).");
                return null;
            }
            DateOnly? Date(string column)
            {
                var value = Field(column);
                if (value is null)
                {
                    Fail(column, "Required (YYYY-MM-DD).");
                    return null;
                }
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }
                Fail(column, $"'{value}' is not a date (YYYY-MM-DD).");
                return null;
            }
            var name = Field("name");
            var solution = Field("solution");
            if (name is not null && solution is not null)
            {
                parsed.Named.Add((solution, name));
            }
            if (name is null)
            {
                Fail("name", "Required.");
            }
            if (solution is null)
            {
                Fail("solution", "Required.");
            }
            MeasureStatus? status = MeasureStatus.Idea;
            if (Field("status") is { } statusText)
            {
                status = Enum.TryParse<MeasureStatus>(statusText, true, out var s) && !int.TryParse(statusText, out _) ? s : null;
                if (status is null)
                {
                    Fail("status", $"'{statusText}' is not a status: idea, planned, running, done or dropped.");
                }
            }
            IReadOnlyList<MeasureEffect> effects = [];
            try
            {
                effects = EffectSpec.ParseList(Field("effects"));
            }
            catch (FormatException e)
            {
                Fail("effects", e.Message);
            }
            var costOneOff = Money("costOneOff");
            var costPerMonth = Money("costPerMonth");
            var start = Date("start");
            var end = Date("end");
            if (problems.Count > before)
            {
                continue;
            }
            rows.Add(new Row(line, new MeasureInput
            {
                Name = name, Description = Field("description"), Instrument = Field("instrument") ?? "", Owner = Field("owner"), Solution = solution,
                Segments = List(Field("segments")), CostOneOff = costOneOff, CostPerMonth = costPerMonth, StartDate = start, EndDate = end,
                Status = status, EffectsJson = MeasureEffectsJson.Write(effects),
            }, solution!, List(Field("dependsOn")), List(Field("excludes"))));
        }
        return parsed;
    }
}
