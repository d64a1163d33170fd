using System.Globalization;

namespace SamePage.Core.Actuals;

/// <summary>A cell value (CSV text or a typed .xlsx or mapped value) as the text a user wrote or would write: for REJECTS.csv and issues.</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("s", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
