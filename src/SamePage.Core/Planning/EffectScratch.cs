namespace SamePage.Core.Planning;

/// <summary>Per-input sums of absolute deltas and products of (1 + r), reused between compositions. One per thread.</summary>
internal sealed class EffectScratch
{
    private readonly double[] _absolute;
    private readonly double[] _factor;

    public EffectScratch(int inputs)
    {
        _absolute = new double[inputs];
        _factor = new double[inputs];
        Reset();
    }

    public void Reset()
    {
        Array.Clear(_absolute);
        Array.Fill(_factor, 1.0);
    }

    public void Add(CompiledEffect effect, double size)
    {
        if (effect.Mode == EffectMode.Absolute)
        {
            _absolute[effect.Input] += size;
        }
        else
        {
            _factor[effect.Input] *= 1 + size;
        }
    }

    public void Compose(ReadOnlySpan<double> baseline, Span<double> destination)
    {
        for (var i = 0; i < _absolute.Length; i++)
        {
            destination[i] = (baseline[i] + _absolute[i]) * _factor[i];
        }
    }
}
