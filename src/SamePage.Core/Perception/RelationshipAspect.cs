namespace SamePage.Core.Perception;

/// <summary>The aspects of relationship health a survey asks about.</summary>
public enum RelationshipAspect
{
    EaseOfDoingBusiness,
    CommunicationUsefulness,
    Support,
}
