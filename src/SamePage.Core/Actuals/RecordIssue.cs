namespace SamePage.Core.Actuals;

/// <summary>A problem with one value of the current record, found by the reader: the column (-1 for the record), the value as written, why.</summary>
public sealed record RecordIssue(int Column, string Value, string Reason);
