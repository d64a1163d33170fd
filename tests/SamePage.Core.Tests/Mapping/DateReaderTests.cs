using SamePage.Core.Mapping;

namespace SamePage.Core.Tests.Mapping;

public sealed class DateReaderTests
{
    [Fact]
    public void Month_first_and_day_first_are_told_apart_by_the_values()
    {
        Assert.Equal(["M/d/yyyy"], DateReader.Detect(["1/5/2025", "12/31/2025", "3/4/2025"], dayFirst: true));
        Assert.Equal(["d/M/yyyy"], DateReader.Detect(["1/5/2025", "31/12/2025"], dayFirst: false));

        // Nothing proves it: the culture decides.
        Assert.Equal(["d/M/yyyy"], DateReader.Detect(["1/5/2025", "2/3/2025"], dayFirst: true));
        Assert.Equal(["M/d/yyyy"], DateReader.Detect(["1/5/2025", "2/3/2025"], dayFirst: false));
    }

    [Theory]
    [InlineData("d.M.yyyy", "31.12.2025")]
    [InlineData("M/d/yyyy", "12/31/2025 10:00 AM")]
    [InlineData("M/d/yyyy", "12/31/2025 00:00:00")]
    [InlineData("yyyy-MM-dd", "2025-12-31T08:15:00Z")]
    [InlineData("yyyy-MM-dd", "2025-12-31 14:22")]
    [InlineData("d-MMM-yyyy", "31-Dec-2025")]
    [InlineData("d.M.yy", "31.12.25")]
    public void Dates_read_with_their_format_and_without_their_time(string format, string text)
    {
        Assert.True(new DateReader([format]).TryRead(text, out var date));
        Assert.Equal(new DateOnly(2025, 12, 31), date);
    }

    [Fact]
    public void Iso_dates_are_always_accepted_and_impossible_dates_never()
    {
        var reader = new DateReader(["d.M.yyyy"]);
        Assert.True(reader.TryRead("2025-02-28", out _));
        Assert.False(reader.TryRead("30.02.2025", out _));
        Assert.False(reader.TryRead("yesterday", out _));
    }
}
