using System.Text;

namespace SamePage.Core.Mapping;

/// <summary>
/// Source value → target value: exact keys compared case- and space-insensitively ("Closed  won" = "closed won"), then keys
/// with '*' as patterns in the order written ("*won*", "*"). Results are cached per distinct source text.
/// </summary>
public sealed class ValueMap
{
    public const string Skip = "skip";

    private const int MaxCached = 10_000;

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly List<(string[] Parts, string Target)> _patterns = [];
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public ValueMap(IReadOnlyDictionary<string, string> entries)
    {
        foreach (var (key, target) in entries)
        {
            var normalized = Normalize(key);
            if (normalized.Contains('*', StringComparison.Ordinal))
            {
                _patterns.Add((normalized.Split('*'), target));
            }
            else
            {
                _exact.TryAdd(normalized, target);
            }
        }
    }

    /// <summary>The target of a source value, or null when no key or pattern matches.</summary>
    public string? Find(string source)
    {
        if (_cache.TryGetValue(source, out var cached))
        {
            return cached;
        }

        var normalized = Normalize(source);
        var target = _exact.GetValueOrDefault(normalized) ?? _patterns.FirstOrDefault(p => Matches(normalized, p.Parts)).Target;
        if (_cache.Count < MaxCached)
        {
            _cache[source] = target;
        }

        return target;
    }

    /// <summary>Lower case, trimmed, runs of white space as one space.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    private static bool Matches(string text, string[] parts)
    {
        if (!text.StartsWith(parts[0], StringComparison.Ordinal) || !text.EndsWith(parts[^1], StringComparison.Ordinal) || text.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return at <= text.Length - parts[^1].Length;
    }
}
