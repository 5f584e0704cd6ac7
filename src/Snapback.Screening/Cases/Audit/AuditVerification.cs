namespace Snapback.Screening.Cases.Audit;

/// <summary>The outcome of recomputing the chain: how many rows were read and, when it does not hold, the first row that does not fit.</summary>
/// <param name="FirstBadSeq">The sequence number of the first bad row (for a removed tail, the head's); null when the chain holds.</param>
public sealed record AuditVerification(long Rows, long? FirstBadSeq, string? Problem)
{
    public bool Valid => FirstBadSeq is null;
}
