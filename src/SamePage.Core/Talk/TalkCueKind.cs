using System.Text.Json.Serialization;

namespace SamePage.Core.Talk;

/// <summary>The kind of evidence a cue gives; serialised in kebab case as in the talk JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TalkCueKind>))]
public enum TalkCueKind
{
    [JsonStringEnumMemberName("partner-money")]
    PartnerMoney,

    [JsonStringEnumMemberName("partner-cost")]
    PartnerCost,

    [JsonStringEnumMemberName("customer-outcome")]
    CustomerOutcome,

    [JsonStringEnumMemberName("market")]
    Market,

    [JsonStringEnumMemberName("quantified-value")]
    QuantifiedValue,

    [JsonStringEnumMemberName("feature")]
    Feature,

    [JsonStringEnumMemberName("spec")]
    Spec,

    [JsonStringEnumMemberName("technology")]
    Technology,

    [JsonStringEnumMemberName("vendor-centric")]
    VendorCentric,

    [JsonStringEnumMemberName("partner-centric")]
    PartnerCentric,

    [JsonStringEnumMemberName("bridge")]
    Bridge,
}
