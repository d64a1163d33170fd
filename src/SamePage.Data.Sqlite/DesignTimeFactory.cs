using Microsoft.EntityFrameworkCore.Design;

namespace SamePage.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SamePageDbContext>
{
    public SamePageDbContext CreateDbContext(string[] args) =>
        SamePageDatabase.CreateContext(DatabaseTarget.Sqlite(Path.Join(Path.GetTempPath(), "samepage-design.db")));
}
