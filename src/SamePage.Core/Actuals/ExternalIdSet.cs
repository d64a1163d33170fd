using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SamePage.Core.Actuals;

/// <summary>
/// Remembers the externalIds seen in a file and the line of each, to report duplicates. It keeps a 128-bit hash of
/// each id rather than the id, so 2 million ids take about 70 MB instead of several hundred; a false duplicate would need
/// a 128-bit collision (probability below 1e-26 for 2 million ids). Ids are compared exactly (case-sensitive).
/// </summary>
internal sealed class ExternalIdSet
{
    private readonly Dictionary<UInt128, long> _firstLine = [];

    /// <summary>Adds the id; returns the line of an earlier occurrence, or 0 when it is new.</summary>
    public long Add(string externalId, long line)
    {
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(externalId.AsSpan()));
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstLine, hash, out var exists);
        if (exists)
        {
            return first;
        }

        first = line;
        return 0;
    }
}
