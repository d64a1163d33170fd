namespace SamePage.Core.Values;

/// <summary>A formula that cannot be parsed; <see cref="Position"/> is the 1-based character index of the problem.</summary>
public sealed class FormulaSyntaxException : Exception
{
    public FormulaSyntaxException(string message, int position)
        : base($"{message} at position {position}")
    {
        Reason = message;
        Position = position;
    }

    public FormulaSyntaxException()
    {
        Reason = "Syntax error";
    }

    public FormulaSyntaxException(string message) : base(message)
    {
        Reason = message;
    }

    public FormulaSyntaxException(string message, Exception innerException) : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>The reason without the position.</summary>
    public string Reason { get; }

    /// <summary>1-based character index in the formula.</summary>
    public int Position { get; }
}
