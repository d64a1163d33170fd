namespace SamePage.Core.Values;

/// <summary>A driver ready to run: its window, ramp, sign in the cash flow and postfix program.</summary>
internal sealed record CompiledDriver(
    int DocumentIndex,
    string Name,
    string Category,
    string? Stream,
    int Slot,
    int Start,
    int End,
    int RampMonths,
    double Sign,
    FormulaInstruction[] Code,
    bool MonthInvariant,
    string Unit)
{
    public double Ramp(int active) => RampMonths > 0 ? Math.Min(1.0, (double)active / RampMonths) : 1.0;
}
