using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Customers;
using Snapback.Screening.Lists;
using Snapback.Screening.Monitoring;
using Snapback.Screening.Screen;
using Snapback.Store;
using Snapback.Store.Sqlite;

namespace Snapback.Throughput;

/// <summary>
/// Monitoring on a SQLite store: a generated portfolio of <c>--customers</c> (one in ten a listed name of the SDN, as written or
/// perturbed) screened into alerts against the SDN of January 2019, then the SDN of July 2021 imported; the monitoring run of that
/// change is timed against a full re-screen of the portfolio from the same starting point (a copy of the store), same run.
/// </summary>
internal static class MonitorBench
{
    private static readonly Actor Analyst = new("bench", "bench analyst", CaseRole.Analyst);

    public static async Task RunAsync(HarnessOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var shared = Path.GetFullPath(Path.Combine(BundledLists.Find().Folder, "..", "..", "..", "shared", "data", "lists", "ofac"));
        var before = ListReader.Read(Path.Combine(shared, "sdn-2019-01"));
        var after = ListReader.Read(Path.Combine(shared, "sdn-2021-07"));
        using var folder = new TempFolder();
        var path = folder.File("monitored.db");
        var store = await SqliteListStore.OpenAsync(path, cancellationToken);
        await SaveAsync(store, before, "sdn-2019-01", cancellationToken);
        Console.Error.WriteLine($"monitor: inserting {options.Customers} customers");
        await InsertCustomersAsync(path, before.Entities, options.Customers, options.Seed, cancellationToken);
        Console.Error.WriteLine("monitor: screening the portfolio into alerts against SDN 2019-01 (set-up, not timed)");
        var initial = await FullScreenAsync(store, cancellationToken);
        await MarkRunsDoneAsync(path, cancellationToken);
        await SaveAsync(store, after, "sdn-2021-07", cancellationToken);
        SqliteConnection.ClearAllPools();

        var deltaRuns = new List<double>();
        var fullRuns = new List<double>();
        MonitorRun? run = null;
        CustomerScreenResult? full = null;
        for (var rep = 0; rep < Math.Min(options.Repetitions, 3); rep++)
        {
            var copy = folder.File($"copy-{rep}.db");
            foreach (var suffix in (string[])["", "-wal", "-shm"])
            {
                if (File.Exists(path + suffix))
                {
                    File.Copy(path + suffix, copy + suffix);
                }
            }

            var twin = folder.File($"twin-{rep}.db");
            File.Copy(copy, twin);
            Console.Error.WriteLine($"monitor: repetition {rep + 1}: delta run");
            var monitored = await SqliteListStore.OpenAsync(copy, cancellationToken);
            var start = Stopwatch.GetTimestamp();
            run = (await new MonitorService(monitored.Cases, monitored.Monitor, monitored, TimeProvider.System).RunPendingAsync(cancellationToken)).Single();
            deltaRuns.Add(Stats.ElapsedMs(start));
            Console.Error.WriteLine($"monitor: repetition {rep + 1}: full re-screen");
            var rescreened = await SqliteListStore.OpenAsync(twin, cancellationToken);
            start = Stopwatch.GetTimestamp();
            full = await FullScreenAsync(rescreened, cancellationToken);
            fullRuns.Add(Stats.ElapsedMs(start));
            SqliteConnection.ClearAllPools();
        }

        var deltaMs = Stats.Median(deltaRuns);
        var fullMs = Stats.Median(fullRuns);
        output.WriteLine("## monitor");
        output.WriteLine();
        output.WriteLine($"A SQLite store: {Format.Count(options.Customers)} generated customers (one in ten a listed SDN name, as written or perturbed), "
            + $"screened into {Format.Count(initial.Created.Length)} alerts against the SDN of 2019-01 (set-up); then the SDN of 2021-07 imported "
            + $"(+{run!.Counts.AddedEntities} ~{run.Counts.ChangedEntities} −{run.Counts.RemovedEntities} entities). The monitoring run of that "
            + "change against a full re-screen of every customer (`customers screen`) on a copy of the same store, median of "
            + $"{deltaRuns.Count}, same run; {Environment.ProcessorCount} cores.");
        output.WriteLine();
        var table = new MarkdownTable("run", "customers checked / screened", "alerts created / updated / closed", "time", "× delta run");
        table.Add("monitoring run (delta)", $"{Format.Count(run.Counts.CustomersChecked)} / {Format.Count(run.Counts.CustomersScreened)}",
            $"{Format.Count(run.Counts.AlertsCreated)} / {Format.Count(run.Counts.AlertsUpdated)} / {Format.Count(run.Counts.AlertsClosed)}",
            Format.Milliseconds(deltaMs), Format.Ratio(1));
        table.Add("full re-screen (baseline)", $"– / {Format.Count(full!.Customers)}",
            $"{Format.Count(full.Created.Length)} / {Format.Count(full.Updated.Length)} / 0", Format.Milliseconds(fullMs), Format.Ratio(fullMs / deltaMs));
        table.Write(output);
        output.WriteLine();
        SqliteConnection.ClearAllPools();
    }

    private static async Task SaveAsync(SqlListStore store, ParsedList list, string name, CancellationToken cancellationToken) =>
        await store.SaveSnapshotAsync(SnapshotDraft.From(list, name, name, TimeProvider.System.GetUtcNow()), cancellationToken);

    private static async Task<CustomerScreenResult> FullScreenAsync(SqlListStore store, CancellationToken cancellationToken)
    {
        var screening = new ScreeningService();
        screening.Swap(await ListLoader.LoadAsync(store, null, TimeProvider.System, cancellationToken));
        return await new AlertScreener(store.Cases, screening, TimeProvider.System).ScreenAllAsync(Analyst, null, cancellationToken);
    }

    // The portfolio is set-up, not what is measured: it goes in by plain inserts in one transaction, as the importer would store it.
    private static async Task InsertCustomersAsync(string path, ImmutableArray<ListedEntity> entities, int count, int seed, CancellationToken cancellationToken)
    {
        var names = new ListedNames(entities, new Random(seed));
        var at = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var commands = new List<SqliteCommand>();
        foreach (var table in (string[])["customers", "customer_versions"])
        {
            var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} ({(table == "customers" ? "id" : "customer_id")}, version, hash, json, deleted, changed_at_ms, changed_by) " +
                "VALUES ($id, 1, $hash, $json, 0, $at, 'bench')";
            foreach (var name in (string[])["$id", "$hash", "$json", "$at"])
            {
                insert.Parameters.Add(new SqliteParameter(name, null));
            }

            commands.Add(insert);
        }

        for (var i = 0; i < count; i++)
        {
            var customer = new Customer($"C{i:D7}", names.Next(0.05, 0.05).Name, null, null, null, [], ImmutableSortedDictionary<string, string>.Empty);
            foreach (var insert in commands)
            {
                insert.Parameters[0].Value = customer.Id;
                insert.Parameters[1].Value = CustomerJson.ScreenedHash(customer);
                insert.Parameters[2].Value = CustomerJson.Canonical(customer);
                insert.Parameters[3].Value = at;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // The portfolio was screened by `customers screen` in the set-up, as by the last run: the monitor's window of changed customers
    // and of decided alerts starts after it.
    private static async Task MarkRunsDoneAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE monitor_runs SET status = 'Completed', phase = 'Done', customers_from_ms = 0, customers_until_ms = $until";
        command.Parameters.AddWithValue("$until", TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() + 1);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
