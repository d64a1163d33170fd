using System.Text.RegularExpressions;

namespace SamePage.Web.Tests;

public sealed partial class ResourceTests
{
    /// <summary>
    /// The resource compiler treats names case-insensitively and drops the later of two that differ only in case, so the
    /// German text of the other silently falls back to English.
    /// </summary>
    [Fact]
    public void German_resource_names_are_unique_ignoring_case()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Join(folder.FullName, "SamePage.slnx")))
        {
            folder = folder.Parent;
        }
        Assert.NotNull(folder);
        var resx = File.ReadAllText(Path.Join(folder.FullName, "src", "SamePage.Web", "Resources", "SharedResource.de.resx"));
        var names = DataName().Matches(resx).Select(m => m.Groups[1].Value).ToList();
        Assert.True(names.Count > 100);
        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)));
    }

    [GeneratedRegex("<data name=\"([^\"]*)\"")]
    private static partial Regex DataName();
}
