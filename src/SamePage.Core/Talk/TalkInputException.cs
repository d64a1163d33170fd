namespace SamePage.Core.Talk;

/// <summary>A communication could not be read: unknown format, broken file, or no text in it.</summary>
public sealed class TalkInputException : Exception
{
    public TalkInputException(string message)
        : base(message)
    {
    }

    public TalkInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TalkInputException()
    {
    }
}
