using System.Collections.Immutable;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Cases.Customers;

/// <summary>
/// Imports a customer file in one transaction: every good row inserts, updates or deletes its customer (keeping the previous
/// version), bad rows are reported, and one audit row records the import. A crash part way leaves the store as it was.
/// </summary>
public sealed class CustomerImporter(ICaseStore store, TimeProvider time)
{
    /// <summary>The most refused rows an import result lists; the count covers them all.</summary>
    public const int MaxErrorsKept = 1000;

    public async Task<CustomerImportResult> ImportAsync(
        Stream input, PartyFileFormat format, string? fileName, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Analyst, "Importing customers");
        long inserted = 0, updated = 0, deleted = 0, unchanged = 0, rejected = 0;
        var errors = ImmutableArray.CreateBuilder<CustomerRowError>();
        await using var session = await store.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        await foreach (var row in CustomerFileReader.ReadAsync(input, format, cancellationToken))
        {
            var error = row.Error;
            if (error is null)
            {
                switch (await ApplyAsync(session, row, now, actor, cancellationToken))
                {
                    case Outcome.Inserted: inserted++; break;
                    case Outcome.Updated: updated++; break;
                    case Outcome.Deleted: deleted++; break;
                    case Outcome.Unchanged: unchanged++; break;
                    default: error = "id: no customer with this id to delete"; break;
                }
            }

            if (error is not null)
            {
                rejected++;
                if (errors.Count < MaxErrorsKept)
                {
                    errors.Add(new CustomerRowError(row.Line, row.Id, error));
                }
            }
        }

        var audit = await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.CustomersImported, "file:" + (fileName ?? "(stream)"),
            new { inserted, updated, deleted, unchanged, rejected }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new CustomerImportResult(inserted, updated, deleted, unchanged, rejected, errors.ToImmutable(), audit.Seq);
    }

    private static async Task<Outcome> ApplyAsync(ICaseSession session, CustomerRow row, DateTimeOffset now, Actor actor, CancellationToken cancellationToken)
    {
        var existing = await session.GetCustomerAsync(row.Id!, cancellationToken);
        var live = existing is { Deleted: false } ? existing : null;
        if (row.Delete)
        {
            if (live is null)
            {
                return Outcome.Missing;
            }

            await session.SaveCustomerAsync(live with { Version = live.Version + 1, ChangedAt = now, Deleted = true, ChangedBy = actor.Name }, cancellationToken);
            return Outcome.Deleted;
        }

        var record = row.Record!;
        if (live is not null && string.Equals(CustomerJson.Canonical(live.Record), CustomerJson.Canonical(record), StringComparison.Ordinal))
        {
            return Outcome.Unchanged;
        }

        await session.SaveCustomerAsync(
            new StoredCustomer(record, (existing?.Version ?? 0) + 1, CustomerJson.ScreenedHash(record), now, false, actor.Name), cancellationToken);
        return live is null ? Outcome.Inserted : Outcome.Updated;
    }

    private enum Outcome
    {
        Inserted,
        Updated,
        Deleted,
        Unchanged,
        Missing,
    }
}
