namespace SamePage.Core.Values;

/// <summary>The outcome of compiling a value model: the runnable model (null when there are errors) and every finding.</summary>
public sealed record ValueModelCompilation(CompiledValueModel? Model, IReadOnlyList<ModelError> Diagnostics)
{
    public bool Success => Model is not null;

    public IEnumerable<ModelError> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<ModelError> Warnings => Diagnostics.Where(d => !d.IsError);
}
