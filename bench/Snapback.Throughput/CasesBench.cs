using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Snapback.Lists.Model;
using Snapback.Screening.Batch;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;
using Snapback.Store.Sqlite;

namespace Snapback.Throughput;

/// <summary>
/// Cases on a SQLite store: importing a generated customer file (one transaction), screening every customer into alerts against
/// the bundled lists (a transaction per page of customers), and verifying an audit trail of <c>--audit-rows</c> rows against a plain
/// scan of the same table in the same run.
/// </summary>
internal static class CasesBench
{
    private static readonly Actor Analyst = new("bench", "bench analyst", CaseRole.Analyst);

    public static async Task RunAsync(IReadOnlyList<ListedEntity> entities, HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var store = await SqliteListStore.OpenAsync(folder.File("store.db"), cancellationToken);
        var customers = folder.File("customers.csv");
        await File.WriteAllTextAsync(customers, Customers(entities, options.Customers, options.Seed), cancellationToken);

        Console.Error.WriteLine($"cases: importing {options.Customers} customers");
        var importStart = Stopwatch.GetTimestamp();
        await using (var input = File.OpenRead(customers))
        {
            await new CustomerImporter(store.Cases, TimeProvider.System).ImportAsync(input, PartyFileFormat.Csv, "customers.csv", Analyst, cancellationToken);
        }

        var importMs = Stats.ElapsedMs(importStart);
        var screening = new ScreeningService();
        screening.Swap(new LoadedLists(Snapback.Matching.MatchIndex.Build(entities), [], TimeProvider.System.GetUtcNow()));
        Console.Error.WriteLine("cases: screening customers into alerts");
        var screenStart = Stopwatch.GetTimestamp();
        var screened = await new AlertScreener(store.Cases, screening, TimeProvider.System).ScreenAllAsync(Analyst, null, cancellationToken);
        var screenMs = Stats.ElapsedMs(screenStart);

        Console.Error.WriteLine($"cases: writing {options.AuditRows} audit rows");
        await FillAuditAsync(store.Path, options.AuditRows, cancellationToken);
        var verifier = new AuditVerifier(store.Cases);
        var verifyRuns = new List<double>();
        var scanRuns = new List<double>();
        AuditVerification? verification = null;
        for (var rep = 0; rep < Math.Min(options.Repetitions, 3); rep++)
        {
            var scanStart = Stopwatch.GetTimestamp();
            await PlainScanAsync(store.Path, cancellationToken);
            scanRuns.Add(Stats.ElapsedMs(scanStart));
            var verifyStart = Stopwatch.GetTimestamp();
            verification = await verifier.VerifyAsync(cancellationToken);
            verifyRuns.Add(Stats.ElapsedMs(verifyStart));
        }

        var verifyMs = Stats.Median(verifyRuns);
        var scanMs = Stats.Median(scanRuns);
        output.WriteLine("## cases");
        output.WriteLine();
        output.WriteLine($"A SQLite store: {Format.Count(options.Customers)} generated customers (one in ten a listed name, as written or perturbed) "
            + "imported from CSV in one transaction; every customer screened against the bundled lists, each hit becoming an alert with its "
            + $"audit row ({AlertScreener.PageSize} customers to a transaction); then `audit verify` over {Format.Count(verification!.Rows)} audit rows "
            + $"(valid: {verification.Valid}) against a plain scan reading every column of the same table in sort order, median of {verifyRuns.Count}, same run.");
        output.WriteLine();
        var table = new MarkdownTable("step", "rows", "time", "rows/s", "× plain scan");
        table.Add("customers import", Format.Count(options.Customers), Format.Milliseconds(importMs), Format.Count(options.Customers / (importMs / 1000)), "");
        table.Add($"screen customers → {Format.Count(screened.Created.Length)} alerts", Format.Count(screened.Customers), Format.Milliseconds(screenMs),
            $"{Format.Count(screened.Customers / (screenMs / 1000))} customers/s, {Format.Count(screened.Created.Length / (screenMs / 1000))} alerts/s", "");
        table.Add("audit table, plain scan (baseline)", Format.Count(verification.Rows), Format.Milliseconds(scanMs), Format.Count(verification.Rows / (scanMs / 1000)), Format.Ratio(1));
        table.Add("audit verify (hash chain)", Format.Count(verification.Rows), Format.Milliseconds(verifyMs), Format.Count(verification.Rows / (verifyMs / 1000)),
            Format.Ratio(verifyMs / scanMs));
        table.Write(output);
        SqliteConnection.ClearAllPools();
    }

    private static string Customers(IReadOnlyList<ListedEntity> entities, int count, int seed)
    {
        var random = new Random(seed);
        var names = new ListedNames(entities, random);
        var text = new StringBuilder("id,name,country,segment\n");
        for (var i = 0; i < count; i++)
        {
            var name = names.Next(0.05, 0.05).Name.Replace("\"", "", StringComparison.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"C{i:D7},\"{name}\",,retail\n");
        }

        return text.ToString();
    }

    // Appends the rows after the ones already there, in one transaction, chained as the store chains them: the fill is set-up, not timed.
    private static async Task FillAuditAsync(string path, int rows, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "SELECT seq, hash FROM audit_head WHERE id = 1";
        long seq;
        string previous;
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (seq, previous) = (reader.GetInt64(0), reader.GetString(1));
        }

        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit_log (seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash) " +
            "VALUES ($seq, $at, 'bench', 'bench analyst', 'alert.commented', $subject, $data, $prev, $hash)";
        foreach (var name in (string[])["$seq", "$at", "$subject", "$data", "$prev", "$hash"])
        {
            insert.Parameters.Add(new SqliteParameter(name, null));
        }

        var at = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < rows; i++)
        {
            seq++;
            var subject = $"alert:{i % 50_000}";
            var data = $"{{\"comment_id\":{i},\"text\":\"checked the customer's documents, row {i}\"}}";
            var hash = AuditChain.Hash(previous, seq, at + i, "bench", "bench analyst", "alert.commented", subject, data);
            insert.Parameters[0].Value = seq;
            insert.Parameters[1].Value = at + i;
            insert.Parameters[2].Value = subject;
            insert.Parameters[3].Value = data;
            insert.Parameters[4].Value = previous;
            insert.Parameters[5].Value = hash;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            previous = hash;
        }

        var move = connection.CreateCommand();
        move.Transaction = transaction;
        move.CommandText = "UPDATE audit_head SET seq = $seq, hash = $hash WHERE id = 1";
        move.Parameters.AddWithValue("$seq", seq);
        move.Parameters.AddWithValue("$hash", previous);
        await move.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // What reading the trail costs without checking it: every column of every row, in sequence order, on one connection.
    private static async Task<long> PlainScanAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at_ms, actor_id, actor_name, action, subject, data, prev_hash, hash FROM audit_log ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long length = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            length += reader.GetInt64(0) + reader.GetInt64(1);
            for (var i = 2; i < 9; i++)
            {
                length += reader.GetString(i).Length;
            }
        }

        return length;
    }
}
