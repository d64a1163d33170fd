using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SamePage.Data;
using SamePage.Data.Entities;

namespace SamePage.Web.Auth;

public sealed record NewUser(AppUser User, string? GeneratedPassword);

/// <summary>Creates accounts for the CLI, the admin page and the demo; generates passwords when none is given.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, SamePageDbContext db)
{
    public async Task<NewUser> AddAsync(string email, string role, string? partnerExternalId, string? password, string? displayName = null, CancellationToken cancellationToken = default)
    {
        var normalizedRole = Roles.Normalize(role) ?? throw new ArgumentException($"Unknown role '{role}'. Use one of: {string.Join(", ", Roles.All)}.");
        int? partnerId = null;
        if (normalizedRole == Roles.PartnerUser)
        {
            if (string.IsNullOrWhiteSpace(partnerExternalId))
            {
                throw new ArgumentException("A partner user needs --partner EXTERNAL_ID.");
            }
            partnerId = await db.Partners.IgnoreQueryFilters().Where(p => p.ExternalId == partnerExternalId).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ArgumentException($"No partner with external id '{partnerExternalId}'.");
        }
        else if (!string.IsNullOrWhiteSpace(partnerExternalId))
        {
            throw new ArgumentException("Only partner users are bound to a partner.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ArgumentException($"A user with e-mail '{email}' exists.");
        }
        await EnsureRolesAsync();
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, PartnerId = partnerId, DisplayName = displayName };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
        {
            throw new ArgumentException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, normalizedRole);
        return new NewUser(user, generated);
    }

    /// <summary>
    /// Deactivates (locks out for good, revokes sessions at their next check) or reactivates an account. The last active
    /// admin cannot be deactivated, so someone can always manage the users.
    /// </summary>
    /// <exception cref="ArgumentException">No such user, or it is the last active admin.</exception>
    public async Task<AppUser> SetActiveAsync(string email, bool active)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new ArgumentException($"No user with e-mail '{email}'.");
        if (!active)
        {
            if (await users.IsInRoleAsync(user, Roles.Admin))
            {
                var admins = await users.GetUsersInRoleAsync(Roles.Admin);
                if (!admins.Any(a => a.Id != user.Id && !IsDeactivated(a)))
                {
                    throw new ArgumentException($"{email} is the last active admin; make another admin first.");
                }
            }
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            // A new security stamp ends existing cookie sessions at their next validation.
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        return user;
    }

    /// <summary>Locked out with no end in sight: deactivated (failed-login lockouts end after minutes).</summary>
    public static bool IsDeactivated(AppUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow.AddYears(100);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>16 characters without look-alikes, with an upper-case letter, a lower-case letter and a digit.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        while (true)
        {
            var password = RandomNumberGenerator.GetString(alphabet, 16);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }
}
