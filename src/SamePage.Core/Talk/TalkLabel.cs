using System.Text.Json.Serialization;

namespace SamePage.Core.Talk;

/// <summary>What a sentence talks about: the partner's business, the product, both tied together, or neither.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TalkLabel>))]
public enum TalkLabel
{
    [JsonStringEnumMemberName("neutral")]
    Neutral,

    [JsonStringEnumMemberName("business")]
    Business,

    [JsonStringEnumMemberName("product")]
    Product,

    [JsonStringEnumMemberName("bridged")]
    Bridged,
}
