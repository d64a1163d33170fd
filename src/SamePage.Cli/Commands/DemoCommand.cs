using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data;
using SamePage.Data.Demo;
using SamePage.Web.Auth;
using Spectre.Console;

namespace SamePage.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same demo.", DefaultValueFactory = _ => 42 };
        var size = new Option<string>("--size") { Description = "small (200 partners) or large (20,000 partners, about 2 million deals, for benchmarks).", DefaultValueFactory = _ => "small" };
        size.AcceptOnlyFromAmong("small", "large");
        var command = new Command("demo", "Fill an empty database with the Nordlicht Software demo and print the demo logins.") { seed, size };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database), migrate: true);
            var filled = await FillIfEmptyAsync(host.Services, parse.GetValue(seed), parse.GetValue(size) == "large", cancellationToken);
            if (!filled)
            {
                throw new CliInputException("The database already has data; the demo only fills an empty database (use another --db).");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads the demo when the database is empty; returns false when it already had data.</summary>
    public static async Task<bool> FillIfEmptyAsync(IServiceProvider services, int seed, bool large, CancellationToken cancellationToken)
    {
        var loader = services.GetRequiredService<DemoLoader>();
        if (!await loader.IsEmptyAsync(cancellationToken))
        {
            return false;
        }
        var size = large ? DemoSize.Large : DemoSize.Small;
        DemoLoader.Result result = null!;
        var users = new DemoUsers(services.GetRequiredService<UserAdministration>());
        var started = System.Diagnostics.Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SyncProgress<DemoProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        tasks[p.Stage] = task = ctx.AddTask(p.Stage);
                    }
                    task.MaxValue = Math.Max(1, p.Expected);
                    task.Value = p.Done;
                });
                result = await loader.LoadAsync(size, seed, progress, [users], cancellationToken);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        Console.WriteLine($"Demo loaded in {started.Elapsed.TotalSeconds:F1} s: {result.Partners:N0} partners, {result.Deals:N0} deals, {result.Costs:N0} partner costs.");
        PrintLogins(users);
        return true;
    }

    // Plain lines, not a table: they must stay copyable at any terminal width.
    private static void PrintLogins(DemoUsers users)
    {
        Console.WriteLine("Demo logins (passwords are generated and shown only now):");
        foreach (var login in users.Logins)
        {
            Console.WriteLine($"  {login.Email,-32} {login.Password}  {login.Role}{(login.Partner.Length > 0 ? " — " + login.Partner : "")}");
        }
        Console.WriteLine("Lost a password? ./samepage user reset-password --email E");
    }

}
