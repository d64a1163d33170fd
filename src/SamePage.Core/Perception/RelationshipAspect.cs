using System.Text.Json.Serialization;

namespace SamePage.Core.Perception;

/// <summary>The aspects of relationship health a survey asks about.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationshipAspect>))]
public enum RelationshipAspect
{
    [JsonStringEnumMemberName("easeOfDoingBusiness")]
    EaseOfDoingBusiness,

    [JsonStringEnumMemberName("communicationUsefulness")]
    CommunicationUsefulness,

    [JsonStringEnumMemberName("support")]
    Support,
}
