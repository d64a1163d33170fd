using SamePage.Core.Planning;

namespace SamePage.Core.Tests.Planning;

public sealed class MeasureDefinitionTests
{
    [Theory]
    [InlineData("2027-01-01", "2027-12-31", 12)]
    [InlineData("2027-01-15", "2027-02-14", 1)]
    [InlineData("2027-01-15", "2027-02-13", 0)]
    [InlineData("2027-01-01", "2027-06-30", 6)]
    [InlineData("2027-03-01", "2027-02-01", 0)]
    [InlineData("2027-01-31", "2027-02-27", 0)]
    [InlineData("2026-11-01", "2027-01-31", 3)]
    public void Whole_months_count_the_end_day(string start, string end, int months) =>
        Assert.Equal(months, MeasureDefinition.WholeMonths(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Vendor_cost_is_one_off_plus_per_month_times_whole_months()
    {
        var measure = new MeasureDefinition("k", "Name", "MDF", null, 5_000, 2_500, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30), [], [], []);

        Assert.Equal(5_000 + (2_500 * 6), measure.VendorCost);
    }
}
