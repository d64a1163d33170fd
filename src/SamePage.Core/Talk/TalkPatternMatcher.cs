namespace SamePage.Core.Talk;

/// <summary>A pattern hit: [Start, End) in the scanned text and the payload given when the pattern was added.</summary>
internal readonly record struct TalkPatternHit(int Start, int End, int Payload);

/// <summary>
/// Aho–Corasick matcher over lowercased text, so thousands of lexicon stems cost one pass per sentence.
/// A pattern may require a word boundary before and/or after it; without one it also matches inside
/// compounds ("*marge*" finds "Partnermarge"), which is how German compounds are handled.
/// </summary>
internal sealed class TalkPatternMatcher
{
    private readonly List<Dictionary<char, int>> _next = [new Dictionary<char, int>()];
    private readonly List<int> _fail = [0];
    private readonly List<List<(int Length, int Payload, bool StartBoundary, bool EndBoundary)>> _outputs = [[]];
    private readonly int[] _rootAscii = new int[128];
    private bool _built;

    public int PatternCount { get; private set; }

    public void Add(string pattern, int payload, bool startBoundary, bool endBoundary)
    {
        if (_built)
        {
            throw new InvalidOperationException("The matcher is already built.");
        }

        var node = 0;
        foreach (var raw in pattern)
        {
            var c = Normalize(raw);
            if (!_next[node].TryGetValue(c, out var child))
            {
                child = _next.Count;
                _next.Add([]);
                _fail.Add(0);
                _outputs.Add([]);
                _next[node][c] = child;
            }

            node = child;
        }

        _outputs[node].Add((pattern.Length, payload, startBoundary, endBoundary));
        PatternCount++;
    }

    public void Build()
    {
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values)
        {
            _fail[child] = 0;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in _next[node])
            {
                var f = _fail[node];
                while (f != 0 && !_next[f].ContainsKey(c))
                {
                    f = _fail[f];
                }

                _fail[child] = _next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                _outputs[child].AddRange(_outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }

        for (var c = 0; c < 128; c++)
        {
            _rootAscii[c] = _next[0].TryGetValue((char)c, out var child) ? child : 0;
        }

        _built = true;
    }

    /// <summary>Appends every hit in text[start..end) whose boundary requirements hold.</summary>
    public void Match(string text, int start, int end, List<TalkPatternHit> hits)
    {
        var node = 0;
        for (var i = start; i < end; i++)
        {
            var c = Normalize(text[i]);
            node = Step(node, c);
            var outputs = _outputs[node];
            for (var k = 0; k < outputs.Count; k++)
            {
                var (length, payload, startBoundary, endBoundary) = outputs[k];
                var hitStart = i + 1 - length;
                if (startBoundary && hitStart > start && char.IsLetterOrDigit(text[hitStart - 1]))
                {
                    continue;
                }

                if (endBoundary && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                {
                    continue;
                }

                hits.Add(new TalkPatternHit(hitStart, i + 1, payload));
            }
        }
    }

    private int Step(int node, char c)
    {
        while (true)
        {
            if (node == 0)
            {
                return c < 128 ? _rootAscii[c] : _next[0].GetValueOrDefault(c);
            }

            if (_next[node].TryGetValue(c, out var child))
            {
                return child;
            }

            node = _fail[node];
        }
    }

    private static char Normalize(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c is '\n' or '\r' or '\t' ? ' ' : c;
        }

        return c switch
        {
            '\u00A0' or '\u2009' or '\u202F' => ' ',
            '\u2011' or '\u2010' => '-',
            '\u2019' => '\'',
            _ => char.ToLowerInvariant(c),
        };
    }
}
