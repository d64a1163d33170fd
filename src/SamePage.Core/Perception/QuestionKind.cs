using System.Text.Json.Serialization;

namespace SamePage.Core.Perception;

/// <summary>The kinds of survey question; the scale kinds take whole numbers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>An estimate of a value-model input, in the input's unit, within the question's range.</summary>
    [JsonStringEnumMemberName("estimate")]
    Estimate,

    /// <summary>How important a benefit or cost driver is for the partner, 1-5.</summary>
    [JsonStringEnumMemberName("importance")]
    Importance,

    /// <summary>How well the solution delivers a driver for the partner, 1-5.</summary>
    [JsonStringEnumMemberName("delivery")]
    Delivery,

    /// <summary>Overall perceived business value, 0-10.</summary>
    [JsonStringEnumMemberName("overallValue")]
    OverallValue,

    /// <summary>How likely the partner would recommend selling the solution to a peer partner, 0-10.</summary>
    [JsonStringEnumMemberName("nps")]
    Nps,

    /// <summary>Relationship health (ease of doing business, communication usefulness, support), 1-5.</summary>
    [JsonStringEnumMemberName("relationship")]
    Relationship,

    /// <summary>A free-text comment.</summary>
    [JsonStringEnumMemberName("freeText")]
    FreeText,
}
