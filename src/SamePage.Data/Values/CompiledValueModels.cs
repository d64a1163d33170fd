using System.Collections.Concurrent;
using SamePage.Core.Values;

namespace SamePage.Data.Values;

/// <summary>
/// Stored model versions compiled once per process. A version's JSON never changes, so the JSON itself is the key
/// and nothing is ever invalidated (keying by the stored text, not the id, keeps two databases in one process apart).
/// Compiled models are immutable and safe to evaluate from several threads.
/// </summary>
internal static class CompiledValueModels
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<string, ValueModelJsonCompilation> s_byJson = new(StringComparer.Ordinal);

    public static ValueModelJsonCompilation Get(string json)
    {
        if (s_byJson.TryGetValue(json, out var compiled))
        {
            return compiled;
        }

        // A crude bound: versions are few, so starting over beats tracking use.
        if (s_byJson.Count >= Capacity)
        {
            s_byJson.Clear();
        }

        return s_byJson.GetOrAdd(json, ValueModelCompiler.CompileJson);
    }
}
