using System.Text.Json;

namespace SamePage.Web.Pages.Audit;

/// <summary>An audit entry's changes as readable lines ("Name: Old → New"), each value shortened, for a page that fits the screen.</summary>
public static class AuditDiff
{
    /// <summary>Characters shown of one value; the full entry stays in the database and the API.</summary>
    public const int MaxValue = 80;

    /// <summary>Lines of (field, old, new); a summary that is not a field diff (imports, demo) becomes one line per property.</summary>
    public static IReadOnlyList<(string Field, string? Old, string? New)> Lines(string? changes)
    {
        if (string.IsNullOrWhiteSpace(changes))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(changes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [("", null, Short(changes))];
            }
            return [.. document.RootElement.EnumerateObject().Select(p => p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                ? (p.Name, Text(pair[0]), Text(pair[1]))
                : (p.Name, (string?)null, Text(p.Value)))];
        }
        catch (JsonException)
        {
            return [("", null, Short(changes))];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Short(value.GetString() ?? ""),
        _ => Short(value.GetRawText()),
    };

    private static string Short(string text) => text.Length > MaxValue ? text[..MaxValue] + "…" : text;
}
