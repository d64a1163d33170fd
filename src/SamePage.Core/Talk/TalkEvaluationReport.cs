namespace SamePage.Core.Talk;

/// <summary>Precision, recall and F1 of one label; F1 is 0 when precision and recall are both 0.</summary>
public sealed record TalkLabelScore(TalkLabel Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Evaluation of a classifier on a labelled corpus. Confusion[gold][predicted] in the order of
/// <see cref="TalkLabels.All"/> (business, product, bridged, neutral). BinaryAccuracy is measured on the
/// sentences whose gold label is business, bridged or product: right when business talk (business or
/// bridged) is predicted as business talk and product as product; a neutral prediction counts as wrong.
/// </summary>
public sealed record TalkEvaluationReport(
    int Count,
    double Accuracy,
    double BinaryAccuracy,
    int BinaryCount,
    IReadOnlyList<TalkLabelScore> Labels,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    public TalkLabelScore For(TalkLabel label) => Labels.First(l => l.Label == label);

    /// <summary>A plain-text table for the CLI and logs.</summary>
    public string ToText()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(System.FormattableString.Invariant($"sentences {Count}, accuracy {Accuracy:F3}, binary business-vs-product accuracy {BinaryAccuracy:F3} (n={BinaryCount})"));
        sb.AppendLine("label      precision  recall  f1     support");
        foreach (var l in Labels)
        {
            sb.AppendLine(System.FormattableString.Invariant($"{TalkLabels.Name(l.Label),-10} {l.Precision,9:F3}  {l.Recall,6:F3}  {l.F1,5:F3}  {l.Support,7}"));
        }

        sb.AppendLine("confusion (rows gold, columns predicted): business product bridged neutral");
        for (var i = 0; i < Confusion.Count; i++)
        {
            sb.AppendLine($"{TalkLabels.Name(TalkLabels.All[i]),-10} {string.Join(' ', Confusion[i].Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(8)))}");
        }

        return sb.ToString();
    }
}
