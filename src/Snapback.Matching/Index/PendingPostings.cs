namespace Snapback.Matching.Index;

/// <summary>
/// A postings list found for a query token (<see cref="Token"/>, or -1 for the whole query), the bits it sets in the
/// <see cref="QueryScratch"/> masks and, for a spelling variant, that variant's document-frequency factor.
/// </summary>
internal readonly record struct PendingPostings(int[] Names, ulong Bits, float Factor, int Token);
