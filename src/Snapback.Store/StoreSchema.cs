namespace Snapback.Store;

/// <summary>
/// The store's schema, one script per version, written once for both databases so they cannot drift apart; {Identity}, {Time},
/// {Int64}, {Compact} (for tables of small rows) {Binary} (ordinal text order) and {EpochMs:column}
/// (ISO text to Unix milliseconds) are filled from the <see cref="SqlDialect"/>. Never edit a released script; add the next one.
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

        // 4. Cases: customers with every version kept, alerts, proposals under four eyes, comments, suppressions of approved false
        // positives, and the hash-chained audit trail with its head row (which writing sessions lock, so the chain never forks).
        // Times are Unix milliseconds, the same in both databases and in the audit hash.
        """
        CREATE TABLE customers (
            id TEXT {Binary} NOT NULL PRIMARY KEY,
            version {Int64} NOT NULL,
            hash TEXT NOT NULL,
            json TEXT NOT NULL,
            deleted {Int64} NOT NULL,
            changed_at_ms {Int64} NOT NULL,
            changed_by TEXT NOT NULL
        );
        CREATE TABLE customer_versions (
            customer_id TEXT {Binary} NOT NULL,
            version {Int64} NOT NULL,
            hash TEXT NOT NULL,
            json TEXT NOT NULL,
            deleted {Int64} NOT NULL,
            changed_at_ms {Int64} NOT NULL,
            changed_by TEXT NOT NULL,
            PRIMARY KEY (customer_id, version)
        ) {Compact};
        CREATE TABLE alerts (
            id {Identity},
            customer_id TEXT {Binary} NOT NULL,
            entity_id TEXT NOT NULL,
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            created_at_ms {Int64} NOT NULL,
            updated_at_ms {Int64} NOT NULL,
            outcome TEXT NULL,
            assignee TEXT NULL,
            evidence TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_alerts_open_pair ON alerts (customer_id, entity_id) WHERE status <> 'Closed';
        CREATE INDEX ix_alerts_status_score ON alerts (status, score);
        CREATE INDEX ix_alerts_customer ON alerts (customer_id, id);
        CREATE TABLE proposals (
            id {Identity},
            alert_id {Int64} NOT NULL REFERENCES alerts (id),
            decision TEXT NOT NULL,
            reason TEXT NOT NULL,
            state TEXT NOT NULL,
            proposed_by_id TEXT NOT NULL,
            proposed_by_name TEXT NOT NULL,
            proposed_at_ms {Int64} NOT NULL,
            reviewed_by_id TEXT NULL,
            reviewed_by_name TEXT NULL,
            reviewed_at_ms {Int64} NULL,
            review_note TEXT NULL
        );
        CREATE INDEX ix_proposals_alert ON proposals (alert_id, id);
        CREATE INDEX ix_proposals_state ON proposals (state, id);
        CREATE TABLE alert_comments (
            id {Identity},
            alert_id {Int64} NOT NULL REFERENCES alerts (id),
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            at_ms {Int64} NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX ix_alert_comments_alert ON alert_comments (alert_id, id);
        CREATE TABLE suppressions (
            customer_id TEXT {Binary} NOT NULL,
            entity_id TEXT NOT NULL,
            customer_hash TEXT NOT NULL,
            entity_hash TEXT NOT NULL,
            customer_json TEXT NOT NULL,
            entity_json TEXT NOT NULL,
            alert_id {Int64} NOT NULL REFERENCES alerts (id),
            created_at_ms {Int64} NOT NULL,
            PRIMARY KEY (customer_id, entity_id)
        );
        CREATE TABLE audit_log (
            seq {Int64} NOT NULL PRIMARY KEY,
            at_ms {Int64} NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            data TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX ix_audit_log_at ON audit_log (at_ms, seq);
        CREATE TABLE audit_head (
            id {Int64} NOT NULL PRIMARY KEY,
            seq {Int64} NOT NULL,
            hash TEXT NOT NULL
        );
        INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
        """,

        // 5. API keys and their roles, in the store with the data. A SQLite store may already hold the api_keys table the service
        // kept beside the data (times as ISO text): its keys move here, so keys made before keep working.
        """
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT NULL
        );
        CREATE TABLE access_keys (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            created_at_ms {Int64} NOT NULL,
            revoked_at_ms {Int64} NULL
        );
        CREATE INDEX ix_access_keys_name ON access_keys (name, created_at_ms);
        INSERT INTO access_keys (id, name, role, sha256, created_at_ms, revoked_at_ms)
            SELECT id, name, role, sha256, {EpochMs:created_at}, {EpochMs:revoked_at} FROM api_keys;
        DROP TABLE api_keys;
        """,

        // Webhooks: each with its cursor in the audit trail, its deliveries (at most one pending, so its events go out in order)
        // and the log of every attempt. The secret is kept as given, because the server signs with it.
        """
        CREATE TABLE webhooks (
            id TEXT NOT NULL PRIMARY KEY,
            url TEXT NOT NULL,
            events TEXT NOT NULL,
            secret TEXT NOT NULL,
            active {Int64} NOT NULL,
            created_at_ms {Int64} NOT NULL,
            created_by TEXT NOT NULL,
            removed_at_ms {Int64} NULL,
            cursor_seq {Int64} NOT NULL
        );
        CREATE TABLE webhook_deliveries (
            id TEXT NOT NULL PRIMARY KEY,
            webhook_id TEXT NOT NULL REFERENCES webhooks (id),
            seq {Int64} NOT NULL,
            event TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at_ms {Int64} NOT NULL,
            created_at_ms {Int64} NOT NULL,
            UNIQUE (webhook_id, seq)
        );
        CREATE UNIQUE INDEX ux_webhook_deliveries_pending ON webhook_deliveries (webhook_id) WHERE status = 'pending';
        CREATE TABLE webhook_attempts (
            id {Identity},
            delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id),
            webhook_id TEXT NOT NULL,
            seq {Int64} NOT NULL,
            event TEXT NOT NULL,
            number INTEGER NOT NULL,
            at_ms {Int64} NOT NULL,
            status_code INTEGER NULL,
            error TEXT NULL,
            duration_ms {Int64} NOT NULL,
            outcome TEXT NOT NULL
        );
        CREATE INDEX ix_webhook_attempts_webhook ON webhook_attempts (webhook_id, id);
        """,

        // Ownership: holdings between parties (listed entities, customers, free parties named in the file), the current holding of
        // each (owner, owned) pair with every earlier version kept, the imports that wrote them, and the free parties with the listed
        // entity their name was linked to by screening (score and hit kept). Alerts get a kind: name hits, or blocking by ownership.
        """
        ALTER TABLE alerts ADD COLUMN kind TEXT NOT NULL DEFAULT 'name';
        DROP INDEX ux_alerts_open_pair;
        CREATE UNIQUE INDEX ux_alerts_open_pair_kind ON alerts (customer_id, entity_id, kind) WHERE status <> 'Closed';
        CREATE TABLE ownership_imports (
            id {Identity},
            file_name TEXT NULL,
            imported_at_ms {Int64} NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL
        );
        CREATE TABLE ownership_edges (
            owner_id TEXT {Binary} NOT NULL,
            owned_id TEXT {Binary} NOT NULL,
            version {Int64} NOT NULL,
            import_id {Int64} NOT NULL REFERENCES ownership_imports (id),
            share_units {Int64} NOT NULL,
            control {Int64} NOT NULL,
            source TEXT NULL,
            as_of TEXT NULL,
            PRIMARY KEY (owner_id, owned_id)
        );
        CREATE INDEX ix_ownership_edges_owned ON ownership_edges (owned_id, owner_id);
        CREATE TABLE ownership_edge_versions (
            owner_id TEXT {Binary} NOT NULL,
            owned_id TEXT {Binary} NOT NULL,
            version {Int64} NOT NULL,
            import_id {Int64} NOT NULL REFERENCES ownership_imports (id),
            share_units {Int64} NOT NULL,
            control {Int64} NOT NULL,
            source TEXT NULL,
            as_of TEXT NULL,
            PRIMARY KEY (owner_id, owned_id, version)
        ) {Compact};
        CREATE TABLE ownership_parties (
            id TEXT {Binary} NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT NULL,
            entity_id TEXT NULL,
            score DOUBLE PRECISION NULL,
            hit TEXT NULL,
            import_id {Int64} NOT NULL REFERENCES ownership_imports (id)
        );
        CREATE INDEX ix_ownership_parties_entity ON ownership_parties (entity_id);
        """,

        // Monitoring: one run per new snapshot, inserted in the snapshot's transaction (an outbox), with its phase, cursor and counts
        // committed with each page of alerts; and what each run did to which alert.
        """
        CREATE TABLE monitor_runs (
            id {Identity},
            source TEXT NOT NULL,
            from_snapshot {Int64} NULL,
            to_snapshot {Int64} NOT NULL,
            status TEXT NOT NULL,
            phase TEXT NOT NULL,
            page_cursor TEXT {Binary} NULL,
            created_at_ms {Int64} NOT NULL,
            started_at_ms {Int64} NULL,
            completed_at_ms {Int64} NULL,
            customers_from_ms {Int64} NULL,
            customers_until_ms {Int64} NULL,
            added_entities {Int64} NOT NULL DEFAULT 0,
            changed_entities {Int64} NOT NULL DEFAULT 0,
            removed_entities {Int64} NOT NULL DEFAULT 0,
            customers_screened {Int64} NOT NULL DEFAULT 0,
            alerts_created {Int64} NOT NULL DEFAULT 0,
            alerts_updated {Int64} NOT NULL DEFAULT 0,
            alerts_closed {Int64} NOT NULL DEFAULT 0,
            suppressed_kept {Int64} NOT NULL DEFAULT 0,
            elapsed_ms {Int64} NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_monitor_runs_status ON monitor_runs (status, id);
        CREATE TABLE monitor_run_alerts (
            run_id {Int64} NOT NULL REFERENCES monitor_runs (id),
            alert_id {Int64} NOT NULL REFERENCES alerts (id),
            action TEXT NOT NULL,
            PRIMARY KEY (run_id, alert_id, action)
        );
        """,

        // Monitoring counts apart the customers screened against a change alone and those screened again against everything, and
        // finds the alerts of a removed listing by its entity id.
        """
        ALTER TABLE monitor_runs ADD COLUMN customers_checked {Int64} NOT NULL DEFAULT 0;
        CREATE INDEX ix_alerts_entity ON alerts (entity_id, status);
        """,
    ];

    public static IReadOnlyList<string> Migrations(SqlDialect dialect) =>
        [.. Scripts.Select(script => script
            .Replace("{Identity}", dialect.Identity, StringComparison.Ordinal)
            .Replace("{Time}", dialect.Time, StringComparison.Ordinal)
            .Replace("{Int64}", dialect.Int64, StringComparison.Ordinal)
            .Replace("{Compact}", dialect.Compact, StringComparison.Ordinal)
            .Replace("{Binary}", dialect.Binary, StringComparison.Ordinal))
            .Select(script => System.Text.RegularExpressions.Regex.Replace(script, @"\{EpochMs:(\w+)\}",
                match => string.Format(System.Globalization.CultureInfo.InvariantCulture, dialect.EpochMs, match.Groups[1].Value)))];
}
