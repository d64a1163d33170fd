using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace SamePage.Web.Exports;

/// <summary>A table to export: column names and rows of cell values, the same for CSV and XLSX.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);

public static class TableExport
{
    public static async Task WriteCsvAsync(ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(true), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }
        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(Format(cell));
            }
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Columns.Count);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                record[table.Columns[i]] = row[i] is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : row[i];
            }
            return record;
        });
        // MiniExcel writes synchronously to a seekable stream; buffer, then copy to the response.
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, sheetName: table.Name.Length > 31 ? table.Name[..31] : table.Name);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Numbers and dates as invariant text; text through <see cref="Neutralise"/>.</summary>
    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => Neutralise(text),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(cell.ToString() ?? ""),
    };

    /// <summary>
    /// Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return, OWASP's CSV injection
    /// rule) gets a leading apostrophe, so Excel and LibreOffice show it as text. Numbers are never text here, so they stay numeric.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static IResult ToResult(ExportTable table, string format) => format switch
    {
        "csv" => Results.Stream(s => WriteCsvAsync(table, s), "text/csv; charset=utf-8", $"{table.Name}.csv"),
        "xlsx" => Results.Stream(s => WriteXlsxAsync(table, s), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{table.Name}.xlsx"),
        _ => Results.Problem($"Unknown export format '{format}'; use csv or xlsx.", statusCode: StatusCodes.Status400BadRequest),
    };
}
