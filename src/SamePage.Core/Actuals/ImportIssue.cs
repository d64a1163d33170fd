namespace SamePage.Core.Actuals;

/// <summary>
/// One problem found while validating an import file: where (file, physical line, column as named in the file),
/// what (the value as written) and why. Line 1 is the header line; column is empty for a problem of the whole row.
/// </summary>
public sealed record ImportIssue(string File, long Line, string Column, string Value, string Reason)
{
    public override string ToString() =>
        Column.Length == 0
            ? $"{File}:{Line}: {Reason}"
            : $"{File}:{Line}: {Column} '{Value}': {Reason}";
}
