using System.CommandLine;
using Microsoft.Data.Sqlite;
using SamePage.Cli;
using SamePage.Data;
using SamePage.TestSupport;

namespace SamePage.Web.Tests;

/// <summary>Runs CLI commands in-process against a test app's database, as a user types them.</summary>
internal static class CliTestRunner
{
    public static Task<int> RunAsync(TestApp app, IEnumerable<Command> commands, params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CliOptions.Database);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }
        return CliRunner.RunAsync(root, [.. args, "--db", DatabaseOption(app.Database.Target)]);
    }

    private static string DatabaseOption(DatabaseTarget target) => target.Provider == DatabaseProvider.Sqlite
        ? "sqlite:" + new SqliteConnectionStringBuilder(target.ConnectionString).DataSource
        : target.ConnectionString;
}
