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

    /// <summary>The same figures per language (de, en), when the evaluation had languages.</summary>
    public IReadOnlyDictionary<string, TalkEvaluationReport>? ByLanguage { get; init; }

    /// <summary>Confidence bins of the predictions, when the classifier gave confidences.</summary>
    public TalkReliability? Reliability { get; init; }

    /// <summary>Sentences the analyzer marked unsure (calibrated probability below <see cref="TalkClassifier.UnsureBelow"/>).</summary>
    public int Unsure { get; init; }

    /// <summary>Accuracy on the sentences not marked unsure.</summary>
    public double? SureAccuracy { get; init; }

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

        foreach (var (language, report) in ByLanguage ?? new Dictionary<string, TalkEvaluationReport>())
        {
            sb.AppendLine(System.FormattableString.Invariant($"{language}: sentences {report.Count}, accuracy {report.Accuracy:F3}, binary {report.BinaryAccuracy:F3} (n={report.BinaryCount}), F1 business {report.For(TalkLabel.Business).F1:F3} product {report.For(TalkLabel.Product).F1:F3} bridged {report.For(TalkLabel.Bridged).F1:F3} neutral {report.For(TalkLabel.Neutral).F1:F3}"));
        }

        if (Reliability is { } reliability)
        {
            sb.AppendLine(System.FormattableString.Invariant($"reliability (expected calibration error {reliability.ExpectedCalibrationError:F3}; unsure below {TalkClassifier.UnsureBelow:F2}: {Unsure} sentences, accuracy of the rest {SureAccuracy ?? 0:F3})"));
            sb.AppendLine("confidence   count  mean conf  accuracy");
            foreach (var bin in reliability.Bins)
            {
                sb.AppendLine(System.FormattableString.Invariant($"{bin.From:F1}–{bin.To:F1}   {bin.Count,6}  {bin.MeanConfidence,9:F3}  {bin.Accuracy,8:F3}"));
            }
        }

        return sb.ToString();
    }
}
