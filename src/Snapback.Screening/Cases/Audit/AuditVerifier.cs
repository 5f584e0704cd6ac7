namespace Snapback.Screening.Cases.Audit;

/// <summary>Recomputes the audit chain from the first row and names the first row that was edited, removed, inserted or moved.</summary>
public sealed class AuditVerifier(ICaseStore store)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.BeginReadAsync(cancellationToken);
        var head = await session.AuditHeadAsync(cancellationToken);
        return await VerifyAsync(session.ReadAuditAsync(null, null, cancellationToken), head);
    }

    /// <summary>Checks <paramref name="rows"/> (in sequence order) against each other and against <paramref name="head"/>.</summary>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> rows, AuditHead? head)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var previous = AuditChain.Genesis;
        var expected = 1L;
        await foreach (var row in rows)
        {
            if (row.Seq != expected)
            {
                return new AuditVerification(expected - 1, row.Seq, row.Seq > expected
                    ? $"row {row.Seq} follows row {expected - 1}: row {expected} is missing"
                    : $"row {row.Seq} is out of place after row {expected - 1}");
            }

            if (!string.Equals(row.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, row.Seq, $"row {row.Seq} does not carry the hash of the row before it");
            }

            if (!string.Equals(AuditChain.Hash(previous, row), row.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, row.Seq, $"row {row.Seq} was changed after it was written: its hash does not match its contents");
            }

            previous = row.Hash;
            expected++;
        }

        var last = expected - 1;
        if ((head?.Seq ?? 0) != last || !string.Equals(head?.Hash ?? AuditChain.Genesis, previous, StringComparison.Ordinal))
        {
            return new AuditVerification(last, head?.Seq ?? last,
                $"the chain ends at row {last} but its head records row {head?.Seq ?? 0}: rows were removed from the end or the head was changed");
        }

        return new AuditVerification(last, null, null);
    }
}
