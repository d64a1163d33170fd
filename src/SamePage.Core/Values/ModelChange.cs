namespace SamePage.Core.Values;

public enum ModelChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// One difference between two versions of a value model. Area is <c>setting</c>, <c>target</c>,
/// <c>input</c> or <c>driver</c>; Name the setting or the input/driver name; Field the changed
/// field (null when a whole input or driver was added or removed).
/// </summary>
public sealed record ModelChange(ModelChangeKind Kind, string Area, string Name, string? Field, string? Before, string? After)
{
    public override string ToString()
    {
        var subject = Field is null ? $"{Area} '{Name}'" : Area is "setting" or "target" ? $"{Area} {Name}" : $"{Area} '{Name}' {Field}";
        return Kind switch
        {
            ModelChangeKind.Added => Field is null ? $"{subject} added" : $"{subject} set to {After}",
            ModelChangeKind.Removed => Field is null ? $"{subject} removed" : $"{subject} removed (was {Before})",
            _ => $"{subject} changed from {Before} to {After}",
        };
    }
}
