using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SamePage.Data.Channel;

/// <summary>
/// A prepared statement on the connection's native SQLite handle, for bulk writes. Binding values through SQLitePCL
/// directly costs a fraction of ADO.NET parameters, which otherwise dominate a multi-million-row insert. Values use
/// the formats EF Core stores: decimals as invariant text, dates as yyyy-MM-dd, enums as their names.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly byte[] _buffer = new byte[64];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based).</summary>
    public void Text(int index, string value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    public void Integer(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Decimal(int index, decimal value)
    {
        value.TryFormat(_buffer, out var length, default, CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
    }

    public void Decimal(int index, decimal? value)
    {
        if (value is { } number)
        {
            Decimal(index, number);
            return;
        }
        Check(raw.sqlite3_bind_null(_statement, index));
    }

    public void Date(int index, DateOnly value)
    {
        value.TryFormat(_buffer, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
    }

    /// <summary>Runs the statement with the bound values; returns the rows it changed.</summary>
    public int Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs a query with the bound values; returns the first column of its first row, or null without rows.</summary>
    public long? QueryInteger()
    {
        var result = raw.sqlite3_step(_statement);
        long? value = result == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_statement, 0) : null;
        raw.sqlite3_reset(_statement);
        Check(result);
        return value;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {result}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", result);
        }
    }
}
