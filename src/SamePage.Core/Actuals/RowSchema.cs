namespace SamePage.Core.Actuals;

/// <summary>
/// The columns of one import file kind and how a record becomes a typed row. The first column is the externalId,
/// which must be unique inside a file.
/// </summary>
public sealed class RowSchema<TRow>
    where TRow : class
{
    private readonly Func<FieldReader, TRow?> _parse;

    internal RowSchema(string kind, IReadOnlyList<ImportColumn> columns, Func<FieldReader, TRow?> parse)
    {
        Kind = kind;
        Columns = columns;
        _parse = parse;
    }

    /// <summary>The file kind: partners, deals or costs.</summary>
    public string Kind { get; }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Parses the record; null when the reader collected issues.</summary>
    internal TRow? Parse(FieldReader fields)
    {
        var row = _parse(fields);
        return fields.HasIssues ? null : row;
    }
}
