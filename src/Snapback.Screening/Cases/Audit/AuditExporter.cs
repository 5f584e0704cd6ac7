using System.Globalization;
using System.Text.Json;
using Snapback.Screening.Batch;

namespace Snapback.Screening.Cases.Audit;

/// <summary>Writes the audit rows of a period as CSV or JSON Lines, hashes included, so a reader can check the chain themselves.</summary>
public sealed class AuditExporter(ICaseStore store)
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "seq,at,actor_id,actor_name,action,subject,data,prev_hash,hash";

    /// <summary>Writes rows at or after <paramref name="from"/> and before <paramref name="to"/> (either open); returns how many.</summary>
    public async Task<long> ExportAsync(DateTimeOffset? from, DateTimeOffset? to, bool csv, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var session = await store.BeginReadAsync(cancellationToken);
        if (csv)
        {
            await output.WriteLineAsync(CsvHeader.AsMemory(), cancellationToken);
        }

        long rows = 0;
        await foreach (var row in session.ReadAuditAsync(from, to, cancellationToken))
        {
            var at = row.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            var line = csv
                ? string.Join(',', row.Seq.ToString(CultureInfo.InvariantCulture), at, CsvResultWriter.Cell(row.ActorId), CsvResultWriter.Cell(row.ActorName),
                    row.Action, CsvResultWriter.Cell(row.Subject), CsvResultWriter.Cell(row.Data), row.PreviousHash, row.Hash)
                : JsonSerializer.Serialize(new
                {
                    seq = row.Seq,
                    at,
                    actor_id = row.ActorId,
                    actor_name = row.ActorName,
                    action = row.Action,
                    subject = row.Subject,
                    data = JsonDocument.Parse(row.Data).RootElement,
                    prev_hash = row.PreviousHash,
                    hash = row.Hash,
                }, BatchJson.Options);
            await output.WriteLineAsync(line.AsMemory(), cancellationToken);
            rows++;
        }

        return rows;
    }
}
