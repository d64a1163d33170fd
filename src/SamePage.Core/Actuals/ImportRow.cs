namespace SamePage.Core.Actuals;

/// <summary>
/// The outcome of validating one record: the typed row when it is valid, else its issues and its source values
/// (the text of every header column, for REJECTS.csv).
/// </summary>
public sealed record ImportRow<TRow>(long Line, TRow? Row, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<string>? SourceValues)
    where TRow : class
{
    public bool IsValid => Row is not null;
}
