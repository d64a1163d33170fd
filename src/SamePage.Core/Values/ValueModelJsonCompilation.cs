namespace SamePage.Core.Values;

/// <summary>A model read from JSON and compiled: the document and the runnable model (null on errors), with every finding of both steps.</summary>
public sealed record ValueModelJsonCompilation(ValueModelDocument? Document, CompiledValueModel? Model, IReadOnlyList<ModelError> Diagnostics)
{
    public IEnumerable<ModelError> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<ModelError> Warnings => Diagnostics.Where(d => !d.IsError);
}
