namespace SamePage.Core.Mapping;

/// <summary>A mapping that cannot be used: the message says where in the mapping (or which file column) and why.</summary>
public sealed class ImportMappingException : ArgumentException
{
    public ImportMappingException(string message)
        : base(message)
    {
    }

    public ImportMappingException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? $"The mapping cannot be used: {problems[0]}" : $"The mapping cannot be used:\n- {string.Join("\n- ", problems)}")
    {
        Problems = problems;
    }

    public ImportMappingException()
    {
    }

    public ImportMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
