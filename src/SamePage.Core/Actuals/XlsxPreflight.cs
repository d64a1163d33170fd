using System.IO.Compression;
using System.Xml;

namespace SamePage.Core.Actuals;

/// <summary>
/// Checks a workbook against size limits before any cell is read, so a small hostile file cannot make the reader fill
/// millions of empty cells or inflate gigabytes: the first sheet's columns, its empty-row gaps and cell count, the
/// shared strings, and every part's real decompressed size (counted while reading, whatever the zip claims). The walk
/// streams the XML once with a bounded reader; nothing is held in memory.
/// </summary>
public static class XlsxPreflight
{
    /// <summary>Columns of the first sheet, counted to the last cell that has a reference (Excel allows 16,384).</summary>
    public const int MaxColumns = 1_000;

    /// <summary>Empty rows between two rows with cells; a real export has a few, a hostile file a million.</summary>
    public const int MaxEmptyRows = 10_000;

    /// <summary>Cells of the first sheet: a million deals of 50 columns.</summary>
    public const long MaxCells = 50_000_000;

    public const long MaxSharedStrings = 10_000_000;

    /// <summary>Decompressed bytes of one part (sheet or shared strings), whatever its compressed size.</summary>
    public const long MaxPartBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Decompressed bytes per compressed byte beyond the first 64 MB of a part: spreadsheet XML compresses 10 to 50 times,
    /// a zip bomb thousands of times.
    /// </summary>
    public const int MaxInflation = 200;

    private const long FreeBytes = 64L * 1024 * 1024;

    /// <summary>Parts of the zip; a workbook has a dozen.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Checks the workbook and rewinds the stream; throws <see cref="TabularFormatException"/> naming the limit that failed.</summary>
    public static void Check(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("A workbook is read from a seekable stream (a file).", nameof(stream));
        }
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new TabularFormatException($"The workbook has {zip.Entries.Count:N0} parts; at most {MaxEntries:N0} are read.");
            }
            var sheet = FirstSheetPath(zip) ?? throw new TabularFormatException("The workbook has no sheet.");
            CheckSheet(zip.GetEntry(sheet) ?? throw new TabularFormatException($"The workbook names its first sheet '{sheet}', which it does not contain."));
            if (zip.GetEntry("xl/sharedStrings.xml") is { } strings)
            {
                CheckSharedStrings(strings);
            }
        }
        catch (InvalidDataException e)
        {
            throw new TabularFormatException($"The file is not a readable .xlsx workbook: {e.Message}", 0, e);
        }
        catch (XmlException e)
        {
            throw new TabularFormatException($"The workbook's XML is malformed at line {e.LineNumber}, position {e.LinePosition}.", 0, e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static void CheckSheet(ZipArchiveEntry entry)
    {
        using var reader = Open(entry);
        long previousRow = 0, cells = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "row" && reader.GetAttribute("r") is { } r && long.TryParse(r, out var row))
            {
                if (row - previousRow - 1 > MaxEmptyRows)
                {
                    throw new TabularFormatException($"Row {row:N0} of the first sheet follows row {previousRow:N0}: more than {MaxEmptyRows:N0} empty rows in between. Delete the empty rows or the stray cell and save again.", row);
                }
                previousRow = row;
            }
            else if (reader.LocalName == "c")
            {
                if (++cells > MaxCells)
                {
                    throw new TabularFormatException($"The first sheet has more than {MaxCells:N0} cells; split the file or import it as CSV.");
                }
                if (reader.GetAttribute("r") is { } reference && ColumnOf(reference) is var column && column > MaxColumns)
                {
                    throw new TabularFormatException($"Cell {reference} of the first sheet is in column {column:N0}; at most {MaxColumns:N0} columns are read. Delete the stray cell and save again.");
                }
            }
        }
    }

    private static void CheckSharedStrings(ZipArchiveEntry entry)
    {
        using var reader = Open(entry);
        long count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && ++count > MaxSharedStrings)
            {
                throw new TabularFormatException($"The workbook has more than {MaxSharedStrings:N0} shared strings.");
            }
        }
    }

    /// <summary>The first sheet's part, through workbook.xml and its relationships, as Excel orders the tabs.</summary>
    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? id = null;
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var reader = Open(workbook);
            while (id is null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") ?? "";
                }
            }
        }
        if (!string.IsNullOrEmpty(id) && zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = Open(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id && reader.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        // Without the relationships, the first worksheet part by name.
        return zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>1 for A, 26 for Z, 27 for AA, … from a reference such as XFD1048576.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = Math.Min((column * 26) + (c - 'A' + 1), int.MaxValue / 32);
            }
            else
            {
                break;
            }
        }
        return column;
    }

    private static XmlReader Open(ZipArchiveEntry entry) =>
        XmlReader.Create(new BoundedStream(entry.Open(), Math.Min(MaxPartBytes, Math.Max(FreeBytes, entry.CompressedLength * MaxInflation)), entry.FullName), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            CloseInput = true,
        });

    /// <summary>Reads at most <c>limit</c> bytes of a decompressing stream, then fails: the real size, not the declared one.</summary>
    private sealed class BoundedStream(Stream inner, long limit, string name) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit
                ? throw new TabularFormatException($"The workbook part {name} inflates to more than {limit / (1024 * 1024):N0} MB (a zip bomb or a damaged file); it is not read.")
                : n;
        }

        public override void Flush() => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
