using Microsoft.EntityFrameworkCore;
using SamePage.Data.Entities;
using SamePage.Data.Values;

namespace SamePage.Data.Planning;

/// <summary>A participant to create or replace: the account by e-mail, owned drivers as solution (name or id) and driver name.</summary>
public sealed record ParticipantInput(string? Name, ParticipantKind? Kind, string? Department, string? UserEmail, IReadOnlyList<OwnedDriverInput>? Drivers);

public sealed record OwnedDriverInput(string? Solution, string? Driver);

/// <summary>A participant with the account it is linked to and the value drivers it owns.</summary>
public sealed record ParticipantView(int Id, string Name, ParticipantKind Kind, string? Department, string? UserEmail, IReadOnlyList<OwnedDriver> Drivers);

/// <summary>The input of a participant is invalid; <see cref="Errors"/> names each field and the reasons.</summary>
public sealed class ParticipantValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The participant is invalid: " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// Participants (people or departments) with the vendor account behind each and the value drivers they own: what
/// "My contribution" shows its user. Drivers are checked against the solution's value models.
/// </summary>
public sealed class ParticipantService(SamePageDbContext db, ValueModelStore models)
{
    public async Task<IReadOnlyList<ParticipantView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var participants = await db.Participants.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var emails = await db.Users.AsNoTracking().Where(u => participants.Select(p => p.UserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var drivers = await db.DriverOwnerships.AsNoTracking()
            .Join(db.Solutions.AsNoTracking(), d => d.SolutionId, s => s.Id, (d, s) => new { d.ParticipantId, Solution = s.Name, d.DriverName })
            .ToListAsync(cancellationToken);
        return [.. participants.Select(p => new ParticipantView(p.Id, p.Name, p.Kind, p.Department, p.UserId is { } id ? emails.GetValueOrDefault(id) : null,
            [.. drivers.Where(d => d.ParticipantId == p.Id).Select(d => new OwnedDriver(p.Name, d.Solution, d.DriverName)).OrderBy(d => d.Solution).ThenBy(d => d.Driver, StringComparer.Ordinal)]))];
    }

    public async Task<ParticipantView?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    /// <exception cref="ParticipantValidationException">The input is invalid.</exception>
    public async Task<ParticipantView> CreateAsync(ParticipantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var participant = new Participant { Name = string.Empty };
        await ApplyAsync(participant, input, cancellationToken);
        return (await GetAsync(participant.Id, cancellationToken))!;
    }

    /// <summary>Replaces every field and the owned drivers; null when there is no such participant.</summary>
    /// <exception cref="ParticipantValidationException">The input is invalid.</exception>
    public async Task<ParticipantView?> UpdateAsync(int id, ParticipantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.Participants.FindAsync([id], cancellationToken) is not { } participant)
        {
            return null;
        }
        await ApplyAsync(participant, input, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The driver names of each solution's value models, for choosing what a participant owns.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DriversBySolutionAsync(CancellationToken cancellationToken = default) =>
        (await models.ListAsync(cancellationToken))
            .GroupBy(m => m.SolutionName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(m => m.Document.Drivers.Select(d => d.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);

    private async Task ApplyAsync(Participant participant, ParticipantInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error("name", "A name is required.");
        }
        else if (name.Length > Core.FieldLimits.Name)
        {
            Error("name", "At most 200 characters.");
        }
        else if (await db.Participants.AnyAsync(p => p.Id != participant.Id && p.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            Error("name", $"There is already a participant named '{name}'.");
        }
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            Error("kind", "The kind is person or department.");
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(input.UserEmail))
        {
            var email = input.UserEmail.Trim();
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), cancellationToken);
            if (user is null)
            {
                Error("userEmail", $"No user account with the e-mail '{email}'.");
            }
            else if (user.PartnerId is not null)
            {
                Error("userEmail", $"'{email}' is a partner user; participants are people or departments of the vendor.");
            }
            else if (await db.Participants.AnyAsync(p => p.Id != participant.Id && p.UserId == user.Id, cancellationToken))
            {
                Error("userEmail", $"'{email}' is already linked to another participant.");
            }
            else
            {
                userId = user.Id;
            }
        }

        var owned = new List<DriverOwnership>();
        var solutions = await db.Solutions.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var drivers = await DriversBySolutionAsync(cancellationToken);
        var items = input.Drivers ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var (solutionText, driver) = (items[i].Solution?.Trim() ?? string.Empty, items[i].Driver?.Trim() ?? string.Empty);
            var solution = solutions.FirstOrDefault(s => string.Equals(s.Name, solutionText, StringComparison.OrdinalIgnoreCase) || s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == solutionText);
            if (solution is null)
            {
                Error("drivers", $"[{i}]: no solution '{solutionText}'.");
                continue;
            }
            var known = drivers.GetValueOrDefault(solution.Name) ?? [];
            if (!known.Contains(driver, StringComparer.Ordinal))
            {
                Error("drivers", known.Count == 0
                    ? $"[{i}]: {solution.Name} has no value model yet, so it has no drivers to own."
                    : $"[{i}]: the value models of {solution.Name} have no driver '{driver}'; they have: {string.Join(", ", known)}.");
                continue;
            }
            if (!owned.Any(o => o.SolutionId == solution.Id && o.DriverName == driver))
            {
                owned.Add(new DriverOwnership { SolutionId = solution.Id, DriverName = driver });
            }
        }
        if (errors.Count > 0)
        {
            throw new ParticipantValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        participant.Name = name!;
        participant.Kind = input.Kind!.Value;
        participant.Department = string.IsNullOrWhiteSpace(input.Department) ? null : input.Department.Trim();
        participant.UserId = userId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (participant.Id == 0)
        {
            db.Participants.Add(participant);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.DriverOwnerships.RemoveRange(await db.DriverOwnerships.Where(d => d.ParticipantId == participant.Id).ToListAsync(cancellationToken));
        foreach (var ownership in owned)
        {
            ownership.ParticipantId = participant.Id;
            db.DriverOwnerships.Add(ownership);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
