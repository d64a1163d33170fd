using System.Text;
using MiniExcelLibs;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class TabularReaderTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("\"x;y\",b,c\n1,2,3\n", ',')]
    public void Detects_the_delimiter_from_the_header_line(string text, char expected)
    {
        using var reader = CsvText.Reader(text);

        Assert.Equal(expected, reader.Delimiter);
        Assert.Equal(3, reader.Headers.Count);
        Assert.True(reader.Read());
        var values = new object?[3];
        reader.CopyValues(values);
        Assert.Equal(["1", "2", "3"], values);
    }

    [Fact]
    public void Accepts_a_utf8_bom_and_keeps_it_out_of_the_first_header()
    {
        using var reader = CsvText.Reader("externalId;name\nP1;Müller GmbH\n", bom: true);

        Assert.Equal("externalId", reader.Headers[0]);
        Assert.True(reader.Read());
        var values = new object?[2];
        reader.CopyValues(values);
        Assert.Equal("Müller GmbH", values[1]);
    }

    [Fact]
    public void Reads_windows_1252_text_when_the_file_is_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("id;name\n1;Müller & Söhne\n");
        using var reader = TabularReader.OpenCsv(new MemoryStream(bytes));

        Assert.True(reader.Read());
        var values = new object?[2];
        reader.CopyValues(values);
        Assert.Equal("Müller & Söhne", values[1]);
    }

    [Fact]
    public void Quoted_fields_keep_delimiters_quotes_and_newlines_and_lines_are_physical()
    {
        // line 1 header; line 2-4 one record (two line breaks inside quotes); line 5 blank; line 6 next record.
        const string text = "id,note,amount\n1,\"first \"\"quoted\"\", with comma\nsecond line\nthird\",10\n\n2,plain,20\n";
        using var reader = CsvText.Reader(text);
        var values = new object?[3];

        Assert.True(reader.Read());
        reader.CopyValues(values);
        Assert.Equal(2, reader.LineNumber);
        Assert.Equal("first \"quoted\", with comma\nsecond line\nthird", values[1]);
        Assert.Equal("10", values[2]);

        Assert.True(reader.Read());
        reader.CopyValues(values);
        Assert.Equal(6, reader.LineNumber);
        Assert.Equal("2", values[0]);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Skips_records_whose_fields_are_all_empty_and_counts_their_lines()
    {
        using var reader = CsvText.Reader("a;b\n;\n ; \n1;2\n");

        Assert.True(reader.Read());
        Assert.Equal(4, reader.LineNumber);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Short_records_leave_missing_fields_null_and_extra_fields_are_returned()
    {
        using var reader = CsvText.Reader("a,b,c\n1\n1,2,3,4\n");
        var values = new object?[3];

        Assert.True(reader.Read());
        Assert.Null(reader.CopyValues(values));
        Assert.Equal(["1", null, null], values);

        Assert.True(reader.Read());
        Assert.Equal(["4"], reader.CopyValues(values)!);
    }

    [Fact]
    public void Reports_an_unclosed_quote_as_a_structure_problem()
    {
        using var reader = CsvText.Reader("a,b\n1,\"open\n");

        Assert.True(reader.Read());
        Assert.NotNull(reader.StructureProblem);
    }

    [Fact]
    public void A_quote_that_swallows_megabytes_stops_reading_with_a_format_error()
    {
        var text = "a,b\n1,\"open\n" + string.Concat(Enumerable.Repeat("2,filler text that never closes the quote\n", 60_000));
        using var reader = CsvText.Reader(text);

        var error = Assert.Throws<TabularFormatException>(() => reader.Read());
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_stream_that_cannot_seek()
    {
        var bytes = Encoding.UTF8.GetBytes("a;b\n1;2\n");
        using var reader = TabularReader.OpenCsv(new ForwardOnlyStream(new MemoryStream(bytes)));

        Assert.Equal(';', reader.Delimiter);
        Assert.True(reader.Read());
    }

    [Fact]
    public void Counts_crlf_line_ends_once_also_inside_quotes()
    {
        using var reader = CsvText.Reader("id;note\r\n1;\"a\r\nb\"\r\n2;c\r\n");
        var values = new object?[2];

        Assert.True(reader.Read());
        reader.CopyValues(values);
        Assert.Equal((2L, "a\r\nb"), (reader.LineNumber, values[1]));
        Assert.True(reader.Read());
        Assert.Equal(4, reader.LineNumber);
    }

    [Fact]
    public void A_quote_after_spaces_still_opens_a_quoted_field()
    {
        using var reader = CsvText.Reader("a,b,c\n1, \"x, y\" ,2\n");
        var values = new object?[3];

        Assert.True(reader.Read());
        Assert.Null(reader.CopyValues(values));
        Assert.Equal(["1", "x, y", "2"], values);
    }

    [Fact]
    public void Honours_an_excel_separator_line()
    {
        using var reader = CsvText.Reader("sep=;\na;b\n1,5;2\n");

        Assert.Equal(';', reader.Delimiter);
        Assert.Equal(["a", "b"], reader.Headers);
        Assert.True(reader.Read());
        Assert.Equal(3, reader.LineNumber);
    }

    [Fact]
    public void An_empty_file_is_a_format_error()
    {
        Assert.Throws<TabularFormatException>(() => CsvText.Reader(string.Empty));
    }

    [Fact]
    public void Reads_the_first_sheet_of_an_xlsx_with_typed_cells_and_sheet_row_numbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"samepage-{Guid.NewGuid():N}.xlsx");
        try
        {
            var rows = new List<Dictionary<string, object?>>
            {
                new() { ["externalId"] = "D1", ["date"] = new DateTime(2025, 3, 15), ["productRevenue"] = 1234.5 },
                new() { ["externalId"] = null, ["date"] = null, ["productRevenue"] = null },
                new() { ["externalId"] = "D2", ["date"] = "2025-04-01", ["productRevenue"] = 10 },
            };
            MiniExcel.SaveAs(path, rows);

            using var reader = TabularReader.Open(path);
            Assert.Equal(["externalId", "date", "productRevenue"], reader.Headers);
            var values = new object?[3];

            Assert.True(reader.Read());
            reader.CopyValues(values);
            Assert.Equal(2, reader.LineNumber);
            Assert.Equal("D1", values[0]);
            Assert.Equal(new DateTime(2025, 3, 15), values[1]);
            Assert.Equal(1234.5, values[2]);

            Assert.True(reader.Read());
            reader.CopyValues(values);
            Assert.Equal(4, reader.LineNumber);
            Assert.Equal("D2", values[0]);
            Assert.False(reader.Read());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
