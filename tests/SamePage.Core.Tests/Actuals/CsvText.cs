using System.Text;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

internal static class CsvText
{
    public static TabularReader Reader(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return TabularReader.OpenCsv(new MemoryStream(bytes));
    }

    public static ImportSession<TRow> Session<TRow>(string text, RowSchema<TRow> schema, ImportOptions? options = null, string file = "test.csv")
        where TRow : class =>
        ImportSession<TRow>.Open(Reader(text), file, schema, options);

    public static List<ImportRow<TRow>> Rows<TRow>(string text, RowSchema<TRow> schema, ImportOptions? options = null)
        where TRow : class
    {
        using var session = Session(text, schema, options);
        Assert.Empty(session.HeaderErrors);
        return [.. session.ReadRows()];
    }
}
