using System.Globalization;

namespace Snapback.Screening.Batch;

/// <summary>The outcome of a batch: rows read, rows with at least one hit, rows that failed, total hits.</summary>
/// <param name="NotScreened">Lines of the input that could not be read as rows at all (an unclosed quote), or null.</param>
public sealed record BatchSummary(long Rows, long RowsWithHits, long Failed, long Hits, string? NotScreened = null)
{
    /// <summary>Rows read and screened: every row read but the failed ones.</summary>
    public long Screened => Rows - Failed;

    /// <summary>One line for people: <c>read 3 rows: 2 screened (1 with hits, 4 hits), 1 failed</c>, and any lines not screened.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"read {Rows:N0} rows: {Screened:N0} screened ({RowsWithHits:N0} with hits, {Hits:N0} hits), {Failed:N0} failed")
        + (NotScreened is null ? string.Empty : "; not screened: " + NotScreened);
}
