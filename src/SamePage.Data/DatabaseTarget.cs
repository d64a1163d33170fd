using Npgsql;

namespace SamePage.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives: `sqlite:PATH`, a PostgreSQL URL (postgres://user:pass@host:5432/db) or an
/// Npgsql connection string. The default is a SQLite file in the user's data folder.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "SAMEPAGE_DB";

    public static DatabaseTarget Resolve(string? option)
    {
        var text = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : option;
        return string.IsNullOrWhiteSpace(text) ? Sqlite(DefaultSqlitePath()) : Parse(text);
    }

    public static DatabaseTarget Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = text["sqlite:".Length..];
            if (path.Length == 0)
            {
                throw new ArgumentException("sqlite: needs a file path, e.g. sqlite:./samepage.db");
            }
            return Sqlite(path);
        }
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(text));
        }
        if (text.Contains('=', StringComparison.Ordinal))
        {
            try
            {
                return Postgres(new NpgsqlConnectionStringBuilder(text).ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Not a valid PostgreSQL connection string: {e.Message}", e);
            }
        }
        throw new ArgumentException($"Unknown database '{text}'. Use sqlite:PATH, postgres://user:pass@host:5432/db or an Npgsql connection string.");
    }

    public static DatabaseTarget Sqlite(string path)
    {
        var full = Path.GetFullPath(Environment.ExpandEnvironmentVariables(path.StartsWith('~') ? Path.Join(Home(), path[1..]) : path));
        return new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={full};Foreign Keys=True;Pooling=True", $"SQLite {full}");
    }

    private static DatabaseTarget Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new DatabaseTarget(DatabaseProvider.Postgres, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        return builder.ConnectionString;
    }

    public static string DefaultSqlitePath()
    {
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var folder = string.IsNullOrEmpty(dataHome) ? Path.Join(Home(), ".local", "share", "samepage") : Path.Join(dataHome, "samepage");
        return Path.Join(folder, "samepage.db");
    }

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
