namespace Snapback.Screening.Cases.Audit;

/// <summary>The last row of the chain as the store records it beside the rows: a removed tail shows as a head with no row.</summary>
public sealed record AuditHead(long Seq, string Hash);
