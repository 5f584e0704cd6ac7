using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>One row read from a batch file: a request, or the reason the row could not be read.</summary>
/// <param name="Line">1-based line (JSON Lines) or record number (CSV) in the input.</param>
public sealed record PartyRow(long Line, PartyRequest? Request, string? Error);
