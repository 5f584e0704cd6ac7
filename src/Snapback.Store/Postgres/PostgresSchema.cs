namespace Snapback.Store.Postgres;

/// <summary>The PostgreSQL schema, one script per version, the same tables as <see cref="Sqlite.SqliteSchema"/> in PostgreSQL types.</summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE snapshots (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source TEXT NOT NULL,
            published_at TIMESTAMPTZ NULL,
            imported_at TIMESTAMPTZ NOT NULL,
            effective_at BIGINT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            file_name TEXT NULL,
            entity_count INTEGER NOT NULL,
            persons INTEGER NOT NULL,
            organizations INTEGER NOT NULL,
            vessels INTEGER NOT NULL,
            aircraft INTEGER NOT NULL,
            UNIQUE (source, sha256)
        );
        CREATE INDEX ix_snapshots_source_effective ON snapshots (source, effective_at, id);
        CREATE TABLE entity_versions (
            hash TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL
        );
        CREATE TABLE snapshot_entities (
            snapshot_id BIGINT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            version_hash TEXT NOT NULL REFERENCES entity_versions (hash),
            PRIMARY KEY (snapshot_id, entity_id)
        );
        CREATE INDEX ix_snapshot_entities_entity ON snapshot_entities (entity_id, snapshot_id);
        CREATE TABLE download_state (
            source TEXT NOT NULL PRIMARY KEY,
            url TEXT NOT NULL,
            etag TEXT NULL,
            last_modified TIMESTAMPTZ NULL,
            fetched_at TIMESTAMPTZ NOT NULL
        );
        """,
    ];
}
