using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// One row read from a batch file: a request, or the reason the row could not be read (<paramref name="Error"/>), with the party's id
/// in <paramref name="Request"/> when it could be read.
/// </summary>
/// <param name="Line">The 1-based line of the input the row is on (for CSV, the line its record starts on).</param>
/// <param name="NotScreened">Set on the last row when the rest of the input could not be split into rows: which lines were lost.</param>
public sealed record PartyRow(long Line, PartyRequest? Request, string? Error, string? NotScreened = null);
