using SamePage.Web.Pages.Shared;

namespace SamePage.Web.Tests;

public sealed class SegmentPickerTests
{
    [Fact]
    public void Posted_segments_drop_the_always_posted_empty_value_and_split_comma_lists()
    {
        // The form always posts an empty value (bound as null) so that clearing every box clears the list.
        Assert.Empty(SegmentPicker.Read([null!]));
        // Older clients post one comma-separated value; duplicates ignoring case keep their first spelling.
        Assert.Equal(["MSP", "Reseller", "si"], SegmentPicker.Read([null!, "MSP", "Reseller, si ", "msp", "SI"]));
        Assert.Empty(SegmentPicker.Read(null));
    }

    [Fact]
    public void Options_are_the_managed_segments_and_those_the_record_already_has()
    {
        var picker = new SegmentPicker("Segments", ["Reseller", "MSP"], ["Legacy", "msp"]);
        Assert.Equal(["Legacy", "MSP", "Reseller"], picker.Options);
        Assert.True(picker.IsSelected("MSP"));
        Assert.False(picker.IsSelected("Reseller"));
    }
}
