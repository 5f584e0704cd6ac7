namespace Snapback.Screening.Cases.Audit;

/// <summary>One row of the audit trail as stored.</summary>
/// <param name="Seq">1 for the first row, one more for each next.</param>
/// <param name="AtMs">Unix time in milliseconds (what the hash covers, so both stores agree to the millisecond).</param>
/// <param name="PreviousHash">The hash of row <c>Seq - 1</c>; 64 zeros for the first row.</param>
/// <param name="Hash">SHA-256 over the previous hash and this row's canonical encoding (<see cref="AuditChain"/>).</param>
public sealed record AuditEntry(
    long Seq, long AtMs, string ActorId, string ActorName, string Action, string Subject, string Data, string PreviousHash, string Hash)
{
    public DateTimeOffset At => DateTimeOffset.FromUnixTimeMilliseconds(AtMs);
}
