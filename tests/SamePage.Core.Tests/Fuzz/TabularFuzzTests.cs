using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MiniExcelLibs;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Fuzz;

/// <summary>CSV and XLSX import files either validate (rows with issues) or fail with <see cref="TabularFormatException"/>: never anything else.</summary>
public sealed class TabularFuzzTests
{
    private static readonly string[] s_pieces =
    [
        "externalId", "partnerId", "name", "type", "date", "productRevenue", "P00001", "msp", "reseller", "2026-01-05", "05.01.2026",
        "1.234,56", "1,234.56", "-0", "1e400", "NaN", "", " ", ",", ";", "\t", "|", "\"", "\"\"", "\n", "\r\n", "\r", "sep=;\n", "\uFEFF",
        "=SUM(1)", "ä", "\u0000", "\uD800", new string('x', 5_000),
    ];

    private static readonly Gen<string> s_csv = Gen.Elements(s_pieces).ListOf().Select(p => string.Concat(p.Take(400)));

    [Fact]
    public void Delimited_text_validates_or_fails_with_a_format_error()
    {
        var executions = FuzzRun.ForAll("csv", s_csv, text =>
        {
            try
            {
                using var session = ImportSession<PartnerRow>.Open(TabularReader.OpenCsv(new MemoryStream(Encoding.UTF8.GetBytes(text))), "fuzz.csv", ImportSchemas.Partners);
                session.Validate();
            }
            catch (TabularFormatException)
            {
            }
        });
        Assert.True(executions > 0);
    }

    [Fact]
    public void Damaged_workbooks_read_or_fail_with_a_format_error()
    {
        using var seed = new MemoryStream();
        seed.SaveAs(new[] { new { externalId = "P1", name = "Alpha", type = "msp" }, new { externalId = "P2", name = "Beta", type = "si" } });
        var original = seed.ToArray();
        // Flip up to 8 bytes and maybe cut the tail: what a broken upload or a crafted file looks like to the reader.
        var damage = from flips in Gen.Choose(0, original.Length - 1).Zip(Gen.Choose(0, 255)).ListOf()
                     from cut in Gen.Choose(0, original.Length)
                     select (Flips: flips.Take(8).ToList(), Cut: cut);
        var executions = FuzzRun.ForAll("xlsx", damage, d =>
        {
            var bytes = (byte[])original.Clone();
            foreach (var (at, value) in d.Flips)
            {
                bytes[at] = (byte)value;
            }
            try
            {
                using var session = ImportSession<PartnerRow>.Open(TabularReader.OpenXlsx(new MemoryStream(bytes, 0, Math.Max(d.Cut, original.Length / 2))), "fuzz.xlsx", ImportSchemas.Partners);
                session.Validate();
            }
            catch (TabularFormatException)
            {
            }
        });
        Assert.True(executions > 0);
    }
}
