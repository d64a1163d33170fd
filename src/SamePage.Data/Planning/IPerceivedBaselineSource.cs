using SamePage.Core.Values;

namespace SamePage.Data.Planning;

/// <summary>
/// Where the perceived case of a solution × segment comes from: the partners' survey estimates of the model's inputs,
/// by input name. Null or an empty map means "no survey estimates": the perceived case starts from the planned inputs.
/// </summary>
public interface IPerceivedBaselineSource
{
    Task<IReadOnlyDictionary<string, double>?> GetAsync(string solution, string segment, CompiledValueModel model, CancellationToken cancellationToken);
}
