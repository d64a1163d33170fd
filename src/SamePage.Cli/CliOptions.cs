using System.CommandLine;

namespace SamePage.Cli;

public static class CliOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Database: sqlite:PATH, postgres://user:pass@host:5432/db or an Npgsql connection string (default: $SAMEPAGE_DB, else a SQLite file in the user's data folder).",
        Recursive = true,
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmongFluent("text", "json");

    private static Option<string> AcceptOnlyFromAmongFluent(this Option<string> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
