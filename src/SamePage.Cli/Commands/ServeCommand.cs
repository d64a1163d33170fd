using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SamePage.Web.Hosting;

namespace SamePage.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Fill an empty database with demo data first and print the demo logins." };
        var migrate = new Option<bool>("--migrate") { Description = "Apply database migrations on start (always done for SQLite)." };
        var command = new Command("serve", "Host the SamePage web app (UI, REST API, OpenAPI).") { urls, demo, migrate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = CliHost.ResolveDatabase(parse.GetValue(CliOptions.Database));
            Console.WriteLine($"Database: {database.Display}");
            var app = SamePageWebApp.Build(new WebAppOptions(database) { Urls = parse.GetValue(urls)!, Migrate = parse.GetValue(migrate) || parse.GetValue(demo), WarmCaches = true });
            if (parse.GetValue(demo))
            {
                await using var scope = app.Services.CreateAsyncScope();
                await DemoCommand.FillIfEmptyAsync(scope.ServiceProvider, seed: 42, large: false, cancellationToken);
            }
            Console.WriteLine($"SamePage is running at {parse.GetValue(urls)} (Ctrl+C stops it). API docs: /api/docs");
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
