namespace SamePage.Core.Values;

/// <summary>Thrown when a value-model document does not validate; carries the diagnostics.</summary>
public sealed class ValueModelInvalidException(IReadOnlyList<ModelError> errors)
    : Exception("The value model is invalid: " + string.Join("; ", errors.Where(e => e.IsError).Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ModelError> Errors { get; } = errors;
}
