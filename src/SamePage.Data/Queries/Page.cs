namespace SamePage.Data.Queries;

/// <summary>One page of a list: the items and the total count before paging.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

public sealed record PageRequest(int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 500;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => (SafePage - 1) * SafeSize;
}
