namespace SamePage.Core.Actuals;

/// <summary>The kind of value a column holds, which decides how it is parsed and whether it counts for culture detection.</summary>
public enum ImportValueKind
{
    Text,
    Number,
    Date,
}

/// <summary>A column of an import file: its canonical name, whether the header must have it, and its value kind.</summary>
public sealed record ImportColumn(string Name, bool Required, ImportValueKind Kind)
{
    /// <summary>
    /// The form header names are matched in: surrounding spaces trimmed, spaces, '_', '-' and '.' removed, case ignored,
    /// so "External ID", "external_id" and "EXTERNALID" all match externalId.
    /// </summary>
    public static string NormalizeHeader(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 256)];
        var n = 0;
        foreach (var c in header.AsSpan().Trim())
        {
            if (c is ' ' or '_' or '-' or '.' or '\u00A0' or '\uFEFF')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                break;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..n]);
    }
}
