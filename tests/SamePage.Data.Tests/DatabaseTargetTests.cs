using Npgsql;

namespace SamePage.Data.Tests;

public sealed class DatabaseTargetTests
{
    [Fact]
    public void Postgres_url_becomes_a_connection_string()
    {
        var target = DatabaseTarget.Parse("postgres://sam:s%3Acret@db.local:6543/samepage");
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        Assert.Equal("db.local", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("samepage", builder.Database);
        Assert.Equal("sam", builder.Username);
        Assert.Equal("s:cret", builder.Password);
    }

    [Fact]
    public void Sqlite_prefix_and_npgsql_strings_are_recognised()
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseTarget.Parse("sqlite:/tmp/x.db").Provider);
        Assert.Contains("/tmp/x.db", DatabaseTarget.Parse("sqlite:/tmp/x.db").ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, DatabaseTarget.Parse("Host=localhost;Database=d;Username=u").Provider);
    }

    [Theory]
    [InlineData("mysql://x")]
    [InlineData("sqlite:")]
    [InlineData("just-a-word")]
    public void Unknown_databases_are_rejected_with_a_reason(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseTarget.Parse(text));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Default_is_a_sqlite_file_in_the_data_folder()
    {
        var path = DatabaseTarget.DefaultSqlitePath();
        Assert.EndsWith(Path.Join("samepage", "samepage.db"), path);
    }
}
