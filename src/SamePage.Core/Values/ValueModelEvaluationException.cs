namespace SamePage.Core.Values;

/// <summary>Evaluation failed in one driver and month, e.g. a division by zero.</summary>
public sealed class ValueModelEvaluationException : Exception
{
    public ValueModelEvaluationException(ModelError error, string driver, int month)
        : base(error.Message)
    {
        Error = error;
        Driver = driver;
        Month = month;
    }

    public ValueModelEvaluationException()
    {
        Error = new ModelError("$", "eval.failed", "Evaluation failed.", ModelErrorSeverity.Error);
        Driver = string.Empty;
    }

    public ValueModelEvaluationException(string message) : base(message)
    {
        Error = new ModelError("$", "eval.failed", message, ModelErrorSeverity.Error);
        Driver = string.Empty;
    }

    public ValueModelEvaluationException(string message, Exception innerException) : base(message, innerException)
    {
        Error = new ModelError("$", "eval.failed", message, ModelErrorSeverity.Error);
        Driver = string.Empty;
    }

    public ModelError Error { get; }

    public string Driver { get; }

    public int Month { get; }
}
