namespace Snapback.Store;

/// <summary>The few type names in which the SQLite and PostgreSQL schemas differ.</summary>
internal sealed record SqlDialect(string Identity, string Time, string Int64, string Compact, string Binary, string EpochMs)
{
    public static SqlDialect Sqlite { get; } = new("INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT", "INTEGER", "WITHOUT ROWID", "",
        "CAST(ROUND((julianday({0}) - 2440587.5) * 86400000) AS INTEGER)");

    public static SqlDialect Postgres { get; } = new("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "TIMESTAMPTZ", "BIGINT", "", "COLLATE \"C\"",
        "CAST(EXTRACT(EPOCH FROM CAST({0} AS TIMESTAMPTZ)) * 1000 AS BIGINT)");
}
