namespace SamePage.Core.Actuals;

/// <summary>The file cannot be read as a table at all (no header, a record too large to be real, a broken workbook).</summary>
public sealed class TabularFormatException : Exception
{
    public TabularFormatException(string message, long line = 0, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
    }

    /// <summary>The physical line where reading failed, 0 when unknown.</summary>
    public long Line { get; }
}
