namespace SamePage.Core.Values;

/// <summary>The outcome of reading a value-model file: the document, or the errors that prevented reading it, plus warnings.</summary>
public sealed record ValueModelParseResult(ValueModelDocument? Document, IReadOnlyList<ModelError> Errors)
{
    public bool Success => Document is not null && !Errors.Any(e => e.IsError);
}
