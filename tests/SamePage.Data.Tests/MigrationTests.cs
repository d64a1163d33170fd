using Microsoft.EntityFrameworkCore;
using SamePage.TestSupport;

namespace SamePage.Data.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: run scripts/add-migration.sh NAME.");
        Assert.Equal(0, await db.Partners.CountAsync());
    }
}
