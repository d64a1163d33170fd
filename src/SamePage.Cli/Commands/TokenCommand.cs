using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Cli.Commands;

public static class TokenCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user the token acts as.", Required = true };
        var name = new Option<string>("--name") { Description = "A name to recognise the token by.", DefaultValueFactory = _ => "cli" };
        var create = new Command("create", "Create a personal access token for the API and print it once (only its hash is stored).") { email, name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var users = host.Services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(parse.GetValue(email)!) ?? throw new CliInputException($"No user with e-mail '{parse.GetValue(email)}'.");
            var token = await PersonalAccessTokens.CreateAsync(host.Db, user, parse.GetValue(name)!, cancellationToken);
            Console.WriteLine(token);
            Console.Error.WriteLine("Use it as: Authorization: Bearer <token>. It is not shown again.");
            return ExitCodes.Ok;
        });
        return new Command("token", "Manage personal access tokens.") { create };
    }
}
