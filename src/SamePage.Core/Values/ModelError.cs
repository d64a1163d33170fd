namespace SamePage.Core.Values;

/// <summary>How serious a finding about a value model is: errors block evaluation, warnings do not.</summary>
public enum ModelErrorSeverity
{
    Error,
    Warning,
}

/// <summary>
/// A finding about a value model. <paramref name="Path"/> is a JSON path into the model file
/// (e.g. <c>$.drivers[2].formula</c>), <paramref name="Code"/> a stable machine-readable code
/// (e.g. <c>formula.unknownName</c>, listed in docs/value-model.md).
/// </summary>
public sealed record ModelError(string Path, string Code, string Message, ModelErrorSeverity Severity)
{
    public bool IsError => Severity == ModelErrorSeverity.Error;

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code} at {Path}: {Message}";
}
