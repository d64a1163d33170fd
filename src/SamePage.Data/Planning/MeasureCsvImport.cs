using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SamePage.Core.Actuals;
using SamePage.Core.Planning;
using SamePage.Data.Entities;

namespace SamePage.Data.Planning;

/// <summary>A problem in a measures CSV: line (1 = header), column and reason.</summary>
public sealed record CsvProblem(int Line, string Column, string Reason)
{
    public override string ToString() => $"line {Line}, column {Column}: {Reason}";
}

/// <summary>What an import did: measures created and updated, or the problems that stopped it (then nothing was saved).</summary>
public sealed record MeasureImportResult(int Created, int Updated, IReadOnlyList<CsvProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Imports measures from CSV (comma or semicolon separated, header row; see docs/measures.md). Every row is checked first,
/// problems are reported by line, column and reason, and only a file without problems is saved, in one transaction.
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

    public async Task<MeasureImportResult> ImportAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new List<CsvProblem>();
        List<Row> rows;
        try
        {
            rows = Parse(stream, problems);
        }
        catch (TabularFormatException e)
        {
            return new MeasureImportResult(0, 0, [new CsvProblem((int)Math.Max(1, e.Line), "", e.Message)]);
        }
        var existing = await db.Measures.AsNoTracking().Include(m => m.Solution).ToListAsync(cancellationToken);
        var seen = new HashSet<(string, string)>();
        foreach (var row in rows)
        {
            var key = (row.Solution.ToLowerInvariant(), row.Input.Name!.Trim().ToLowerInvariant());
            if (!seen.Add(key))
            {
                problems.Add(new CsvProblem(row.Line, "name", $"'{row.Input.Name}' appears twice for {row.Solution}."));
                continue;
            }
            var stored = Find(existing, row.Solution, row.Input.Name!);
            foreach (var error in await measures.ValidateAsync(row.Input, stored, cancellationToken))
            {
                problems.AddRange(error.Value.Select(reason => new CsvProblem(row.Line, s_fieldColumns.GetValueOrDefault(error.Key, error.Key), reason)));
            }
            foreach (var (column, names) in new[] { ("dependsOn", row.DependsOn), ("excludes", row.Excludes) })
            {
                foreach (var name in names)
                {
                    var known = rows.Any(r => Same(r.Solution, row.Solution) && Same(r.Input.Name!, name)) || Find(existing, row.Solution, name) is not null;
                    if (!known)
                    {
                        problems.Add(new CsvProblem(row.Line, column, $"No measure '{name}' for {row.Solution} in the file or the register."));
                    }
                    else if (Same(name, row.Input.Name!))
                    {
                        problems.Add(new CsvProblem(row.Line, column, "A measure cannot refer to itself."));
                    }
                }
            }
        }
        if (problems.Count > 0)
        {
            return new MeasureImportResult(0, 0, [.. problems.OrderBy(p => p.Line)]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = 0;
        var updated = 0;
        var ids = new Dictionary<Row, int>();
        foreach (var row in rows)
        {
            // Links by name are set once every row has an id.
            var input = row.Input with { DependsOn = null, Excludes = null };
            if (Find(existing, row.Solution, row.Input.Name!) is { } stored)
            {
                await measures.UpdateAsync(stored.Id, input, cancellationToken);
                ids[row] = stored.Id;
                updated++;
            }
            else
            {
                ids[row] = (await measures.CreateAsync(input, cancellationToken)).Id;
                created++;
            }
        }
        var all = await db.Measures.AsNoTracking().Include(m => m.Solution).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var link = new MeasureInput
            {
                DependsOn = [.. row.DependsOn.Select(n => Find(all, row.Solution, n)!.Id)],
                Excludes = [.. row.Excludes.Select(n => Find(all, row.Solution, n)!.Id)],
            };
            await measures.UpdateAsync(ids[row], link, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new MeasureImportResult(created, updated, []);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static Measure? Find(IEnumerable<Measure> measures, string solution, string name) =>
        measures.FirstOrDefault(m => (Same(m.Solution!.Name, solution) || m.SolutionId.ToString(CultureInfo.InvariantCulture) == solution.Trim()) && Same(m.Name, name));

    private static List<Row> Parse(Stream stream, List<CsvProblem> problems)
    {
        using var csv = TabularReader.OpenCsv(stream);
        var rows = new List<Row>();
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        var delimiter = csv.Delimiter.ToString();
        foreach (var required in new[] { "name", "instrument", "solution", "start", "end" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new CsvProblem(1, required, "Missing column."));
            }
        }
        foreach (var unknown in header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new CsvProblem(1, unknown, $"Unknown column; the columns are: {string.Join(delimiter, Columns)}."));
        }
        if (problems.Count > 0)
        {
            return rows;
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
            void Fail(string column, string reason) => problems.Add(new CsvProblem(line, column, reason));
            Array.Clear(values);
            if (csv.CopyValues(values) is { } extra)
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
        return rows;
    }
}
