namespace Snapback.Store;

/// <summary>
/// The store's schema, one script per version, written once for both databases so they cannot drift apart; {Identity}, {Time},
/// {Int64} and {Compact} (for tables of small rows) are filled from the <see cref="SqlDialect"/>. Never edit a released script; add the next one.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[] Scripts =
    [
        """
        CREATE TABLE snapshots (
            id {Identity},
            source TEXT NOT NULL,
            published_at {Time} NULL,
            imported_at {Time} NOT NULL,
            effective_at {Int64} NOT NULL,
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
            snapshot_id {Int64} NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            version_hash TEXT NOT NULL REFERENCES entity_versions (hash),
            PRIMARY KEY (snapshot_id, entity_id)
        ) {Compact};
        CREATE INDEX ix_snapshot_entities_entity ON snapshot_entities (entity_id, snapshot_id);
        CREATE TABLE download_state (
            source TEXT NOT NULL PRIMARY KEY,
            url TEXT NOT NULL,
            etag TEXT NULL,
            last_modified {Time} NULL,
            fetched_at {Time} NOT NULL
        );
        """,

        // 2. List freshness: the last update check of each source and the last success, confirmation and error, for the update
        // schedule and the stale flag.
        """
        CREATE TABLE list_freshness (
            source TEXT NOT NULL PRIMARY KEY,
            url TEXT NOT NULL,
            checked_at {Time} NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NULL,
            succeeded_at {Time} NULL,
            confirmed_at {Time} NULL,
            error TEXT NULL,
            error_at {Time} NULL
        );
        """,

        // 3. The data-protection key ring that signs UI sessions, kept with the data (encrypted when a certificate is configured).
        """
        CREATE TABLE data_protection_keys (
            friendly_name TEXT NOT NULL PRIMARY KEY,
            xml TEXT NOT NULL
        );
        """,
    ];

    public static IReadOnlyList<string> Migrations(SqlDialect dialect) =>
        [.. Scripts.Select(script => script
            .Replace("{Identity}", dialect.Identity, StringComparison.Ordinal)
            .Replace("{Time}", dialect.Time, StringComparison.Ordinal)
            .Replace("{Int64}", dialect.Int64, StringComparison.Ordinal)
            .Replace("{Compact}", dialect.Compact, StringComparison.Ordinal))];
}
