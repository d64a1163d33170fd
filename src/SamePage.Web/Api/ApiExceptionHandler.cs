using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using SamePage.Core.Actuals;
using SamePage.Core.Talk;
using SamePage.Core.Values;
using SamePage.Data.Perception;
using SamePage.Data.Planning;
using SamePage.Data.Values;

namespace SamePage.Web.Api;

/// <summary>
/// The API's one error contract: every exception under /api becomes problem details with the status and a
/// detail (or field errors) that say what is wrong and where. Pages keep their own form errors and error page.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var problem = ApiProblems.For(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>Which domain exception gets which status and wording.</summary>
internal static class ApiProblems
{
    public static Microsoft.AspNetCore.Mvc.ProblemDetails For(Exception exception) => exception switch
    {
        BadHttpRequestException e => BadRequest(e),
        ValueModelInvalidException e => new()
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The value model is invalid.",
            Detail = e.Message,
            Extensions = { ["errors"] = e.Errors.Select(ValueModelsApi.ErrorDto).ToList() },
        },
        MeasureValidationException e => Validation(e.Errors),
        ParticipantValidationException e => Validation(e.Errors),
        SurveyRuleException e => Validation(new Dictionary<string, string[]> { ["wave"] = [e.Message] }),
        JsonException e => Status(StatusCodes.Status400BadRequest, Where(e)),
        TabularFormatException or TalkInputException or FormulaSyntaxException or ValueModelEvaluationException or InvalidDataException or ArgumentException =>
            Status(StatusCodes.Status400BadRequest, exception.Message),
        KeyNotFoundException => Status(StatusCodes.Status404NotFound, exception.Message),
        UnauthorizedAccessException => Status(StatusCodes.Status403Forbidden, exception.Message),
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Status(StatusCodes.Status409Conflict, "The record was changed by someone else; reload it and try again."),
        OperationCanceledException => Status(StatusCodes.Status400BadRequest, "The request was cancelled."),
        _ => Status(StatusCodes.Status500InternalServerError, "An unexpected error occurred; it has been logged."),
    };

    private static Microsoft.AspNetCore.Mvc.ProblemDetails BadRequest(BadHttpRequestException e)
    {
        // Binding failures wrap the JSON reader's error, which knows the line and the byte position.
        var detail = e.InnerException is JsonException json ? $"{e.Message} {Where(json)}" : e.Message;
        return Status(e.StatusCode, detail);
    }

    private static string Where(JsonException e)
    {
        var message = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
        var place = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1}" + (e.Path is { Length: > 0 } p ? $", at {p})" : ")") : "";
        return "The JSON body is malformed: " + message.TrimEnd('.') + place + ".";
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more validation errors occurred.",
        Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        Extensions = { ["errors"] = errors.ToDictionary(e => e.Key, e => e.Value) },
    };

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Status(int status, string detail) => new() { Status = status, Detail = detail };
}
