using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using SamePage.Core.Actuals;

namespace SamePage.Benchmarks;

/// <summary>
/// Parsing and validating a generated deals.csv (200,000 rows, 2,000 partners, 3 solutions), as the importer does
/// before it writes to the database. Rows per second = RowCount / mean time.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _path = string.Empty;
    private HashSet<string> _partners = [];
    private HashSet<string> _solutions = [];

    [Params(200_000)]
    public int RowCount { get; set; }

    [Params(',', ';')]
    public char Delimiter { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"samepage-bench-deals-{RowCount}-{(int)Delimiter}.csv");
        WriteDeals(_path, RowCount, Delimiter);
        _partners = [.. Enumerable.Range(0, 2_000).Select(i => $"P{i:D5}")];
        _solutions = ["Nordlicht Backup", "Nordlicht Mail", "Nordlicht Secure"];
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long ParseAndValidateDeals()
    {
        var options = new ImportOptions { References = ImportReferences.FromSets(_partners, _solutions) };
        using var session = ImportSession<DealRow>.Open(_path, ImportSchemas.Deals, options);
        var report = session.Validate();
        if (report.HasErrors)
        {
            throw new InvalidOperationException(report.ToText());
        }

        return report.ValidRows;
    }

    /// <summary>Writes a deals file with realistic values: quoted names, German numbers for ';' files.</summary>
    public static void WriteDeals(string path, int rows, char delimiter)
    {
        var german = delimiter == ';';
        var culture = german ? CultureInfo.GetCultureInfo("de-DE") : CultureInfo.InvariantCulture;
        var random = new Random(42);
        string[] types = ["new", "upsell", "renewal", "recurring"];
        string[] solutions = ["Nordlicht Backup", "Nordlicht Mail", "Nordlicht Secure"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        var d = delimiter;
        writer.Write($"externalId{d}partnerId{d}solution{d}date{d}type{d}customerId{d}productRevenue{d}partnerMargin{d}servicesRevenue{d}seats{d}status\n");
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var date = start.AddDays(random.Next(730));
            var revenue = Math.Round((decimal)(random.NextDouble() * 20_000), 2);
            var margin = Math.Round((decimal)(0.03 + (random.NextDouble() * 0.12)), 3);
            var services = random.Next(3) == 0 ? Math.Round(revenue * 0.4m, 2) : 0m;
            writer.Write("D");
            writer.Write(i.ToString("D8", CultureInfo.InvariantCulture));
            writer.Write(d);
            writer.Write($"P{random.Next(2_000):D5}");
            writer.Write(d);
            writer.Write(solutions[random.Next(solutions.Length)]);
            writer.Write(d);
            writer.Write(german ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(d);
            writer.Write(types[random.Next(types.Length)]);
            writer.Write(d);
            writer.Write($"C{random.Next(200_000):D6}");
            writer.Write(d);
            writer.Write(revenue.ToString(german ? "#,##0.00" : "0.00", culture));
            writer.Write(d);
            writer.Write(margin.ToString("0.000", culture));
            writer.Write(d);
            writer.Write(services.ToString("0.00", culture));
            writer.Write(d);
            writer.Write(random.Next(1, 200).ToString(CultureInfo.InvariantCulture));
            writer.Write(d);
            writer.Write(random.Next(4) == 0 ? "lost" : "won");
            writer.Write('\n');
        }
    }
}
