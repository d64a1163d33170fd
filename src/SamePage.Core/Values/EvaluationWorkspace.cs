namespace SamePage.Core.Values;

/// <summary>
/// Scratch memory for evaluating one model, reused across evaluations so simulations do not allocate.
/// Not thread-safe: use one workspace per thread.
/// </summary>
public sealed class EvaluationWorkspace
{
    internal EvaluationWorkspace(int slotCount, int stackSize, int driverCount, int horizon)
    {
        Slots = new double[slotCount];
        Stack = new double[stackSize];
        Invariant = new double[driverCount];
        CashFlow = new double[horizon];
    }

    internal double[] Slots { get; }

    internal double[] Stack { get; }

    internal double[] Invariant { get; }

    internal double[] CashFlow { get; }
}
