namespace SamePage.Web.Pages.Shared;

/// <summary>
/// Checkboxes over the managed segments (those of the solutions, plus any the record already has) instead of free text.
/// Posted as repeated <see cref="Field"/> values; <see cref="Read"/> also accepts comma-separated values from older clients.
/// </summary>
public sealed record SegmentPicker(string Field, IReadOnlyList<string> Known, IReadOnlyCollection<string> Selected)
{
    public IReadOnlyList<string> Options =>
        [.. Known.Concat(Selected).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    public bool IsSelected(string segment) => Selected.Contains(segment, StringComparer.OrdinalIgnoreCase);

    public static List<string> Read(IEnumerable<string>? posted) =>
        [.. (posted ?? []).OfType<string>().SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
