namespace SamePage.Core.Planning;

/// <summary>The three business cases a measure is judged on.</summary>
public enum BaselineKind
{
    /// <summary>The value model at its likely inputs.</summary>
    Planned,

    /// <summary>The likely inputs with the inputs calibrated from actual data.</summary>
    Factual,

    /// <summary>The likely inputs with the partners' survey estimates.</summary>
    Perceived,
}
