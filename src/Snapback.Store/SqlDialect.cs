namespace Snapback.Store;

/// <summary>The few type names in which the SQLite and PostgreSQL schemas differ.</summary>
internal sealed record SqlDialect(string Identity, string Time, string Int64, string Compact, string Binary)
{
    public static SqlDialect Sqlite { get; } = new("INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT", "INTEGER", "WITHOUT ROWID", "");

    public static SqlDialect Postgres { get; } = new("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "TIMESTAMPTZ", "BIGINT", "", "COLLATE \"C\"");
}
