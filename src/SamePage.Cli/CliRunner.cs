using System.CommandLine;
using Spectre.Console;

namespace SamePage.Cli;

/// <summary>Exit codes: 0 ok, 1 a check failed (e.g. the talk gate), 2 bad input or usage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;
}

/// <summary>Thrown for input the user must fix; printed without a stack trace, exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);

public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("Use --help for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliExitException e)
        {
            return e.ExitCode;
        }
        catch (Exception e) when (e is CliInputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or FormatException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
