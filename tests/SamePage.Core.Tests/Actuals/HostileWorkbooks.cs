using System.IO.Compression;
using System.Text;

namespace SamePage.Tests.Workbooks;

/// <summary>Small .xlsx files written part by part, as an attacker would: a stray far cell, a huge row gap, a zip bomb.</summary>
public static class HostileWorkbooks
{
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A header row A1:B1 and one stray cell at XFD2, the last column: a reader that fills gaps makes 16,384 columns of every row.</summary>
    public static byte[] StrayFarCell() => Workbook(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>externalId</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>" +
        "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

    /// <summary>A header in row 1 and a value in row 1,048,576 of column A: a million empty rows in between.</summary>
    public static byte[] HugeRowGap() => Workbook(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>externalId</t></is></c></row>" +
        "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

    /// <summary>A sheet part that inflates to <paramref name="megabytes"/> MB of whitespace from a few hundred kilobytes.</summary>
    public static byte[] ZipBomb(int megabytes = 256)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteFrame(zip);
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            sheet.Write($"{Header}<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>externalId</t></is></c></row>");
            var spaces = new string(' ', 1024 * 1024);
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(spaces);
            }
            sheet.Write("</sheetData></worksheet>");
        }
        return buffer.ToArray();
    }

    private static byte[] Workbook(string rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteFrame(zip);
            Write(zip, "xl/worksheets/sheet1.xml", $"{Header}<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>");
        }
        return buffer.ToArray();
    }

    private static void WriteFrame(ZipArchive zip)
    {
        Write(zip, "[Content_Types].xml", $"{Header}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Write(zip, "_rels/.rels", $"{Header}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Write(zip, "xl/workbook.xml", $"{Header}<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Write(zip, "xl/_rels/workbook.xml.rels", $"{Header}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
