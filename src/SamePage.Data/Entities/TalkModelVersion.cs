namespace SamePage.Data.Entities;

/// <summary>
/// A talk classifier retrained with the vendor's corrections (the model file's bytes), with the held-out accuracy
/// of the model it replaced and its own, so the user sees what the retraining changed. The newest row is the
/// model every node uses; without rows the model shipped with SamePage is used.
/// </summary>
public sealed class TalkModelVersion
{
    public int Id { get; set; }
    public required byte[] Model { get; set; }
    public int Corrections { get; set; }
    public double AccuracyBefore { get; set; }
    public double AccuracyAfter { get; set; }
    public double BinaryBefore { get; set; }
    public double BinaryAfter { get; set; }

    /// <summary>Of the corrections, how many the previous model already labelled the same way, and how many the new one does.</summary>
    public int CorrectionsAgreedBefore { get; set; }
    public int CorrectionsAgreedAfter { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
