namespace SamePage.Core.Talk;

/// <summary>What a lexicon entry marks: a cue kind, or an internal signal that is not reported as a cue.</summary>
internal enum TalkLexiconKind
{
    PartnerMoney,
    PartnerCost,
    CustomerOutcome,
    Market,
    Feature,
    Spec,
    Technology,
    VendorCentric,
    PartnerCentric,
    Bridge,

    /// <summary>A longer word that masks a shorter stem inside it ("Vertrag" hides "ertrag").</summary>
    Exclusion,

    /// <summary>Legal footer and unsubscribe lines: the unit is neutral.</summary>
    Footer,

    /// <summary>A sign-off ("Best regards"): the unit and everything after it is the signature.</summary>
    SignOff,

    /// <summary>Dates, registration, greetings: evidence for neutral.</summary>
    Logistics,

    /// <summary>No, not, without, kein, nicht, ohne: a feature of the learned classifier (it flips what a cue means).</summary>
    Negation,
}
