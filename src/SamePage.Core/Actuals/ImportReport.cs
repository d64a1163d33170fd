using System.Text;

namespace SamePage.Core.Actuals;

/// <summary>
/// The validation report of one file: the first <see cref="MaxListedIssues"/> errors in file order, the total error
/// count, row counts and warnings (unknown columns). Errors make an all-or-nothing import fail.
/// </summary>
public sealed class ImportReport
{
    public const int MaxListedIssues = 50;

    private readonly List<ImportIssue> _issues = [];
    private readonly List<ImportIssue> _warnings = [];

    public ImportReport(string file)
    {
        File = file;
    }

    public string File { get; }

    /// <summary>The first 50 errors.</summary>
    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// <summary>All errors, listed or not.</summary>
    public long IssueCount { get; private set; }

    public IReadOnlyList<ImportIssue> Warnings => _warnings;

    public long RowsRead { get; private set; }

    public long ValidRows { get; private set; }

    public long InvalidRows => RowsRead - ValidRows;

    public bool HasErrors => IssueCount > 0;

    /// <summary>Rows a mapping skipped on purpose (open opportunities, for example): neither read nor rejected.</summary>
    public SkippedRecords Skipped { get; set; } = SkippedRecords.None;

    public void AddIssue(ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        IssueCount++;
        if (_issues.Count < MaxListedIssues)
        {
            _issues.Add(issue);
        }
    }

    public void AddWarning(ImportIssue warning) => _warnings.Add(warning);

    /// <summary>Counts a validated record and adds its issues.</summary>
    public void AddRow<TRow>(ImportRow<TRow> row)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(row);
        RowsRead++;
        if (row.IsValid)
        {
            ValidRows++;
        }

        foreach (var issue in row.Issues)
        {
            AddIssue(issue);
        }
    }

    /// <summary>The report as plain text: one line per listed error, then the count of the rest.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append($"{File}: {RowsRead} rows read, {ValidRows} valid, {InvalidRows} invalid, {IssueCount} errors").Append('\n');
        if (Skipped.Count > 0)
        {
            text.Append(Skipped.Describe()).Append('\n');
        }

        foreach (var warning in _warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }

        foreach (var issue in _issues)
        {
            text.Append("line ").Append(issue.Line);
            if (issue.Column.Length > 0)
            {
                text.Append(", column ").Append(issue.Column).Append(", value '").Append(issue.Value).Append('\'');
            }

            text.Append(": ").Append(issue.Reason).Append('\n');
        }

        if (IssueCount > _issues.Count)
        {
            text.Append($"... and {IssueCount - _issues.Count} more errors").Append('\n');
        }

        return text.ToString();
    }
}
