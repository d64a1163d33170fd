using Microsoft.ML.Data;

namespace SamePage.Core.Talk;

/// <summary>ML.NET output row.</summary>
internal sealed class TalkModelOutput
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
