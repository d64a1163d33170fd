namespace SamePage.Core.Values;

/// <summary>Orders drivers so that every driver comes after the drivers its formula uses, and finds cycles.</summary>
internal static class DriverGraph
{
    /// <summary>Returns the evaluation order (dependencies first) and each cycle once, as driver indexes with the first repeated at the end.</summary>
    public static (int[] Order, List<int[]> Cycles) Analyze(IReadOnlyList<IReadOnlyCollection<int>> uses)
    {
        var state = new byte[uses.Count];
        var stack = new List<int>();
        var order = new List<int>(uses.Count);
        var cycles = new List<int[]>();
        var cycleKeys = new HashSet<string>();

        void Visit(int v)
        {
            state[v] = 1;
            stack.Add(v);
            foreach (var d in uses[v])
            {
                if (state[d] == 0)
                {
                    Visit(d);
                }
                else if (state[d] == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(d)).Append(d).ToArray();
                    var key = string.Join(",", cycle.Skip(1).Order());
                    if (cycleKeys.Add(key))
                    {
                        cycles.Add(cycle);
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[v] = 2;
            order.Add(v);
        }

        for (var v = 0; v < uses.Count; v++)
        {
            if (state[v] == 0)
            {
                Visit(v);
            }
        }

        return ([.. order], cycles);
    }
}
