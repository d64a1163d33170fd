using Microsoft.EntityFrameworkCore.Design;

namespace SamePage.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model (no connection is opened).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SamePageDbContext>
{
    public SamePageDbContext CreateDbContext(string[] args) =>
        SamePageDatabase.CreateContext(DatabaseTarget.Parse("Host=localhost;Database=samepage_design;Username=samepage"));
}
