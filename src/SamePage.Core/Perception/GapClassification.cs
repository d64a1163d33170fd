using System.Text.Json.Serialization;

namespace SamePage.Core.Perception;

/// <summary>How partners' perception of an input compares with what is observed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapClassification>))]
public enum GapClassification
{
    /// <summary>Within the thresholds.</summary>
    [JsonStringEnumMemberName("aligned")]
    Aligned,

    /// <summary>Partners underestimate it: value they do not see, a communication task.</summary>
    [JsonStringEnumMemberName("blindSpot")]
    BlindSpot,

    /// <summary>Partners overestimate it: an expectation risk.</summary>
    [JsonStringEnumMemberName("overPromise")]
    OverPromise,
}
