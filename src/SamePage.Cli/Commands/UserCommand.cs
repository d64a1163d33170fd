using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SamePage.Data.Entities;
using SamePage.Web.Auth;

namespace SamePage.Cli.Commands;

public static class UserCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail (also the login).", Required = true };
        var role = new Option<string>("--role") { Description = "Admin, ChannelManager, Contributor or PartnerUser.", Required = true };
        role.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. Roles.All]);
        var partner = new Option<string?>("--partner") { Description = "External id of the partner a PartnerUser belongs to." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var add = new Command("add", "Add a user; prints a generated password when none is given.") { email, role, partner, passwordStdin };
        add.SetAction(async (parse, cancellationToken) =>
        {
            string? password = null;
            if (parse.GetValue(passwordStdin))
            {
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    throw new CliInputException("No password on standard input.");
                }
            }
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var created = await host.Services.GetRequiredService<UserAdministration>()
                .AddAsync(parse.GetValue(email)!.Trim(), parse.GetValue(role)!, parse.GetValue(partner), password, cancellationToken: cancellationToken);
            Console.WriteLine($"Added {created.User.Email} as {Roles.Normalize(parse.GetValue(role)!)}.");
            if (created.GeneratedPassword is not null)
            {
                Console.WriteLine($"Password (shown once): {created.GeneratedPassword}");
            }
            return ExitCodes.Ok;
        });

        var resetEmail = new Option<string>("--email") { Description = "The user's e-mail.", Required = true };
        var reset = new Command("reset-password", "Set a new generated password for a user and print it once.") { resetEmail };
        reset.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
            var users = host.Services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(parse.GetValue(resetEmail)!) ?? throw new CliInputException($"No user with e-mail '{parse.GetValue(resetEmail)}'.");
            var password = UserAdministration.GeneratePassword();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password);
            if (!result.Succeeded)
            {
                throw new CliInputException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            Console.WriteLine($"New password for {user.Email} (shown once): {password}");
            return ExitCodes.Ok;
        });
        Command Activation(string name, bool active, string description)
        {
            var email = new Option<string>("--email") { Description = "The user's e-mail.", Required = true };
            var command = new Command(name, description) { email };
            command.SetAction(async (parse, cancellationToken) =>
            {
                await using var host = CliHost.Open(parse.GetValue(CliOptions.Database));
                try
                {
                    var user = await host.Services.GetRequiredService<UserAdministration>().SetActiveAsync(parse.GetValue(email)!, active);
                    Console.WriteLine(active ? $"{user.Email} can sign in again." : $"{user.Email} is deactivated: no sign-in, no API tokens.");
                }
                catch (ArgumentException e)
                {
                    throw new CliInputException(e.Message);
                }
                return ExitCodes.Ok;
            });
            return command;
        }
        var deactivate = Activation("deactivate", false, "Deactivate a user: sign-in and API tokens stop working; sessions end within a minute.");
        var activate = Activation("activate", true, "Let a deactivated user sign in again.");
        return new Command("user", "Manage user accounts.") { add, reset, deactivate, activate };
    }
}
