using SamePage.Core.Actuals;

namespace SamePage.Core.Mapping;

/// <summary>The header and first records of a file, read once, replayable as a <see cref="TabularReader"/> for suggestions.</summary>
public sealed class SampledFile
{
    private SampledFile(IReadOnlyList<string> headers, char delimiter, IReadOnlyList<(long Line, object?[] Values)> records)
    {
        Headers = headers;
        Delimiter = delimiter;
        Records = records;
    }

    public IReadOnlyList<string> Headers { get; }

    public char Delimiter { get; }

    public IReadOnlyList<(long Line, object?[] Values)> Records { get; }

    /// <summary>Reads up to <paramref name="rows"/> records and disposes the reader.</summary>
    public static SampledFile Read(TabularReader reader, int rows)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using (reader)
        {
            var records = new List<(long, object?[])>();
            while (records.Count < rows && reader.Read())
            {
                var values = new object?[reader.Headers.Count];
                reader.CopyValues(values);
                records.Add((reader.LineNumber, values));
            }

            return new SampledFile([.. reader.Headers], reader.Delimiter, records);
        }
    }

    /// <summary>The distinct non-empty texts of a column in the sample, most frequent first, with their counts.</summary>
    public IReadOnlyList<(string Value, int Count)> Distinct(int column, int max) =>
        [.. Records.Select(r => r.Values[column]).Where(v => v is not null && !(v is string s && string.IsNullOrWhiteSpace(s)))
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!.Trim())
            .GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(max).Select(g => (g.Key, g.Count()))];

    public TabularReader Replay() => new ReplayReader(this);

    private sealed class ReplayReader(SampledFile file) : TabularReader
    {
        private int _at = -1;

        public override IReadOnlyList<string> Headers => file.Headers;

        public override char Delimiter => file.Delimiter;

        public override bool HasTypedValues => false;

        public override long LineNumber => file.Records[_at].Line;

        public override int FieldCount => file.Headers.Count;

        public override string? StructureProblem => null;

        public override bool Read() => ++_at < file.Records.Count;

        public override string[]? CopyValues(object?[] values)
        {
            Array.Copy(file.Records[_at].Values, values, Math.Min(values.Length, file.Headers.Count));
            return null;
        }
    }
}
