namespace SamePage.Core.Values;

/// <summary>A low/likely/high range for an input, given from outside the model (e.g. the effect range of a measure).</summary>
public sealed record InputRange(double Low, double Likely, double High)
{
    /// <summary>Throws when the range is not ordered or not finite.</summary>
    public void EnsureValid(string input)
    {
        if (!double.IsFinite(Low) || !double.IsFinite(Likely) || !double.IsFinite(High) || Low > Likely || Likely > High)
        {
            throw new ArgumentException($"The range of '{input}' must be finite with low <= likely <= high (got {Low}, {Likely}, {High}).", nameof(input));
        }
    }
}
