using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Snapback.Api.Tests.Support;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Lists;
using Snapback.Store;

namespace Snapback.Api.Tests.Hosting;

/// <summary>The server monitors list changes by itself: a snapshot stored while it runs is monitored on its next check, on a fake clock.</summary>
public sealed class MonitorRunServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task Check_SnapshotStoredWhileServing_IsMonitoredWhenTheClockReachesTheNextCheck()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = new FakeClockApiFactory(clock, [TestDatabase.UnBefore], new Dictionary<string, string>());
        await app.InitializeAsync();
        using var analyst = app.ClientWithKey(app.AnalystKey);
        // The check at start runs the run the first import recorded.
        while ((await RunsAsync(analyst)).Any(static r => r.GetProperty("status").GetString() != "completed"))
        {
            await Task.Delay(50, Ct);
        }

        var before = ListReader.Read(TestDatabase.UnBefore).Entities.Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relisted = ListReader.Read(TestDatabase.UnSnapback).Entities.First(e => !before.Contains(e.Id) && e.Kind == EntityKind.Person);
        using (var put = await analyst.PutAsJsonAsync("/api/customers/S-1", new { name = relisted.PrimaryName, kind = "person" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var store = await SnapbackStore.OpenSqliteAsync(app.DatabasePath, Ct);
        await new ListFileImporter(new ListImporter(store, TimeProvider.System)).ImportAsync([TestDatabase.UnSnapback], confirm: true, Ct);
        var snapshot = (await store.LatestSnapshotAsync("un", Ct))!.Id;
        var pending = (await RunsAsync(analyst)).Single(r => r.GetProperty("to_snapshot").GetInt64() == snapshot);

        // The server checks every 30 seconds (docs/monitoring.md).
        clock.Advance(TimeSpan.FromSeconds(30));
        var run = pending;
        while (run.GetProperty("status").GetString() != "completed")
        {
            await Task.Delay(50, Ct);
            run = (await RunsAsync(analyst)).Single(r => r.GetProperty("to_snapshot").GetInt64() == snapshot);
        }

        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.True(run.GetProperty("counts").GetProperty("alerts_created").GetInt64() >= 1);
        var alerts = await analyst.GetFromJsonAsync<JsonElement>("/api/alerts?customer=S-1", Ct);
        Assert.Contains(alerts.EnumerateArray(), a => a.GetProperty("entity_id").GetString() == relisted.Id);
    }

    private static async Task<List<JsonElement>> RunsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/monitor/runs", Ct)).EnumerateArray()];
}
