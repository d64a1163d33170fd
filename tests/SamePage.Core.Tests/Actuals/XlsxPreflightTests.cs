using MiniExcelLibs;
using SamePage.Core.Actuals;
using SamePage.Tests.Workbooks;

namespace SamePage.Core.Tests.Actuals;

public sealed class XlsxPreflightTests
{
    [Fact]
    public void A_stray_cell_far_out_is_refused_before_a_row_is_read()
    {
        var workbook = HostileWorkbooks.StrayFarCell();
        Assert.True(workbook.Length < 4_000, $"{workbook.Length} bytes");
        var error = Assert.Throws<TabularFormatException>(() => TabularReader.OpenXlsx(new MemoryStream(workbook)));
        Assert.Contains("XFD2", error.Message, StringComparison.Ordinal);
        Assert.Contains("16,384", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_empty_rows_are_refused_with_the_rows_named()
    {
        var error = Assert.Throws<TabularFormatException>(() => TabularReader.OpenXlsx(new MemoryStream(HostileWorkbooks.HugeRowGap())));
        Assert.Contains("Row 1,048,576", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_048_576, error.Line);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_inflation_limit()
    {
        var bomb = HostileWorkbooks.ZipBomb(256);
        Assert.True(bomb.Length < 2_000_000, $"{bomb.Length} bytes");
        var error = Assert.Throws<TabularFormatException>(() => TabularReader.OpenXlsx(new MemoryStream(bomb)));
        Assert.Contains("inflates to more than 64 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_normal_workbook_passes_and_reads()
    {
        using var file = new MemoryStream();
        file.SaveAs(new[] { new { externalId = "P1", name = "Alpha" }, new { externalId = "P2", name = "Beta" } });
        file.Position = 0;
        using var reader = TabularReader.OpenXlsx(file);
        Assert.Equal(["externalId", "name"], reader.Headers);
        var values = new object?[2];
        var names = new List<string?>();
        while (reader.Read())
        {
            reader.CopyValues(values);
            names.Add(values[1] as string);
        }
        Assert.Equal(["Alpha", "Beta"], names);
    }

    [Theory]
    [InlineData("A1", 1)]
    [InlineData("Z9", 26)]
    [InlineData("AA10", 27)]
    [InlineData("XFD1048576", 16_384)]
    public void Column_letters_count_like_excel(string reference, int column) =>
        Assert.Equal(column, XlsxPreflight.ColumnOf(reference));
}
