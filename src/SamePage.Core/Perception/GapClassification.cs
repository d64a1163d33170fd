namespace SamePage.Core.Perception;

/// <summary>How partners' perception of an input compares with what is observed.</summary>
public enum GapClassification
{
    /// <summary>Within the thresholds.</summary>
    Aligned,

    /// <summary>Partners underestimate it: value they do not see, a communication task.</summary>
    BlindSpot,

    /// <summary>Partners overestimate it: an expectation risk.</summary>
    OverPromise,
}
