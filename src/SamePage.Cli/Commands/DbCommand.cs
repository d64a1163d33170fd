using System.CommandLine;
using SamePage.Data;

namespace SamePage.Cli.Commands;

public static class DbCommand
{
    public static Command Create()
    {
        var migrateCommand = new Command("migrate", "Apply pending migrations to the database.");
        migrateCommand.SetAction(async (parse, cancellationToken) =>
        {
            var database = CliHost.ResolveDatabase(parse.GetValue(CliOptions.Database));
            Console.WriteLine($"Database: {database.Display}");
            await SamePageDatabase.MigrateAsync(database, cancellationToken);
            Console.WriteLine("Migrations applied.");
            return ExitCodes.Ok;
        });
        return new Command("db", "Database maintenance.") { migrateCommand };
    }
}
