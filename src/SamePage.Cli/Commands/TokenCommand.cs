using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.Web.Auth;
using Spectre.Console;

namespace SamePage.Cli.Commands;

public static class TokenCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user the token acts as.", Required = true };
        var name = new Option<string>("--name") { Description = "A name to recognise the token by.", DefaultValueFactory = _ => "cli" };
        var days = new Option<int?>("--expires-days") { Description = $"Days the token lives (1 to {PersonalAccessTokens.MaxLifetimeDays}); without it, until revoked." };
        var create = new Command("create", "Create a personal access token for the API and print it once (only its hash is stored).") { email, name, days };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var users = host.Services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(parse.GetValue(email)!) ?? throw new CliInputException($"No user with e-mail '{parse.GetValue(email)}'.");
            if (parse.GetValue(days) is < 1 or > PersonalAccessTokens.MaxLifetimeDays)
            {
                throw new CliInputException($"--expires-days: 1 to {PersonalAccessTokens.MaxLifetimeDays}.");
            }
            var expiresAt = parse.GetValue(days) is { } d ? DateTimeOffset.UtcNow.AddDays(d) : (DateTimeOffset?)null;
            var (id, token) = await PersonalAccessTokens.CreateAsync(host.Db, user, parse.GetValue(name)!, expiresAt, cancellationToken);
            Console.WriteLine(token);
            Console.Error.WriteLine($"Token {id}. Use it as: Authorization: Bearer <token>. It is not shown again.");
            return ExitCodes.Ok;
        });
        return new Command("token", "Manage personal access tokens.") { create, List(), Revoke() };
    }

    private static Command List()
    {
        var email = new Option<string?>("--email") { Description = "Only this user's tokens (default: everyone's)." };
        var list = new Command("list", "List tokens: id, name, user, created, last used, revoked (never the token itself).") { email };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            string? userId = null;
            if (parse.GetValue(email) is { } address)
            {
                userId = (await host.Services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(address) ?? throw new CliInputException($"No user with e-mail '{address}'.")).Id;
            }
            var table = new Table().AddColumns("Id", "Name", "User", "Created", "Last used", "Expires", "Revoked");
            foreach (var t in await PersonalAccessTokens.ListAsync(host.Db, userId, cancellationToken))
            {
                table.AddRow(t.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Name), Markup.Escape(t.User), When(t.CreatedAt), When(t.LastUsedAt), When(t.ExpiresAt), When(t.RevokedAt));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command Revoke()
    {
        var id = new Option<int>("--id") { Description = "The token's id (samepage token list).", Required = true };
        var revoke = new Command("revoke", "Revoke a token at once; requests with it get 401 from then on.") { id };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            if (!await PersonalAccessTokens.RevokeAsync(host.Db, parse.GetValue(id), null, cancellationToken))
            {
                throw new CliInputException($"No token {parse.GetValue(id)}.");
            }
            Console.WriteLine($"Revoked token {parse.GetValue(id)}.");
            return ExitCodes.Ok;
        });
        return revoke;
    }

    private static string When(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–";
}
