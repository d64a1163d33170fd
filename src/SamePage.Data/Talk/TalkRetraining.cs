using SamePage.Core.Talk;

namespace SamePage.Data.Talk;

/// <summary>What a retraining changed: held-out accuracy (four labels and business-vs-product) and corrections agreed, before and after.</summary>
public sealed record TalkRetraining(
    int VersionId,
    int Corrections,
    int HeldOutSentences,
    double AccuracyBefore,
    double AccuracyAfter,
    double BinaryBefore,
    double BinaryAfter,
    int CorrectionsAgreedBefore,
    int CorrectionsAgreedAfter,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public static TalkRetraining Of(Entities.TalkModelVersion v, int heldOut) => new(
        v.Id, v.Corrections, heldOut, v.AccuracyBefore, v.AccuracyAfter, v.BinaryBefore, v.BinaryAfter,
        v.CorrectionsAgreedBefore, v.CorrectionsAgreedAfter, v.CreatedAt, v.CreatedBy);

    /// <summary>Held-out sentences of the project corpus: the yardstick of every retraining.</summary>
    public static IReadOnlyList<TalkExample> HeldOut => [.. TalkCorpus.Embedded.Where(e => e.IsHeldOut)];
}
