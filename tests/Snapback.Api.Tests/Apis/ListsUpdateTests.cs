using System.Net;
using System.Net.Http.Json;
using Snapback.Api.Auth;
using Snapback.Api.Tests.Support;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Lists;
using Snapback.Store;

namespace Snapback.Api.Tests.Apis;

/// <summary><c>POST /api/lists/update</c> against a local list server: the new publication is imported and swapped in while screens go on.</summary>
public sealed class ListsUpdateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Update_NewUnPublication_IsSwappedIn_WithoutDroppingScreens()
    {
        await using var server = await ListServer.StartAsync(TestDatabase.UnSnapback, Ct);
        await using var app = await UpdatingFromAsync(server);
        using var admin = app.ClientWithKey(app.AdminKey);
        using var analyst = app.ClientWithKey(app.AnalystKey);
        var relisted = UnXml.Entries(TestDatabase.UnSnapback)
            .First(e => UnXml.Reference(e).StartsWith("IRi.", StringComparison.Ordinal)
                && !UnXml.References(TestDatabase.UnBefore, "IRi.").Contains(UnXml.Reference(e)));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var screens = Enumerable.Range(0, 4).Select(_ => ScreenUntilAsync(analyst, UnXml.Name(relisted), stop.Token)).ToList();
        using var response = await admin.PostAsync("/api/lists/update", null, Ct);
        var results = await Json.ReadAsync(response);
        await stop.CancelAsync();
        var statuses = await Task.WhenAll(screens);

        var un = Assert.Single(results.EnumerateArray());
        Assert.Equal("imported", un.GetProperty("status").GetString());
        Assert.All(statuses.SelectMany(static s => s), static status => Assert.Equal(HttpStatusCode.OK, status));
        using var ready = await app.ClientWithKey(null).GetAsync("/ready", Ct);
        var snapshot = Assert.Single((await Json.ReadAsync(ready)).GetProperty("snapshots").EnumerateArray());
        Assert.StartsWith("2025-11-29", snapshot.GetProperty("published_at").GetString(), StringComparison.Ordinal);
        using var after = await analyst.PostAsJsonAsync("/api/screen", new { name = UnXml.Name(relisted) }, Ct);
        Assert.Contains((await Json.ReadAsync(after)).GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("entity_id").GetString() == "un:" + UnXml.Reference(relisted));
    }

    [Fact]
    public async Task Update_AskedWithAKey_AuditsTheNewSnapshotUnderThatKey()
    {
        await using var server = await ListServer.StartAsync(TestDatabase.UnSnapback, Ct);
        await using var app = await UpdatingFromAsync(server);
        using var admin = app.ClientWithKey(app.AdminKey);

        using var response = await admin.PostAsync("/api/lists/update", null, Ct);
        var un = Assert.Single((await Json.ReadAsync(response)).EnumerateArray());

        var store = await SnapbackStore.OpenSqliteAsync(app.DatabasePath, Ct);
        await using var session = await store.Cases.BeginReadAsync(Ct);
        var rows = new List<AuditEntry>();
        await foreach (var row in session.ReadAuditAsync(null, null, Ct))
        {
            rows.Add(row);
        }

        var imported = Assert.Single(rows, r => r.Action == AuditActions.ListImported && r.Data.Contains(server.Url.Host, StringComparison.Ordinal));
        Assert.Equal(ApiKeyStore.BootstrapActor.Id, imported.ActorId);
        Assert.Equal($"snapshot:{un.GetProperty("current").GetProperty("id").GetInt64()}", imported.Subject);
        Assert.True((await new AuditVerifier(store.Cases).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task ImportByAnotherProcess_IsPickedUpFromTheStore()
    {
        await using var app = new SnapbackApiFactory(
            [TestDatabase.UnBefore],
            new Dictionary<string, string> { ["Snapback:StoreCheckInterval"] = "00:00:01" });
        await app.InitializeAsync();

        // What `snapback lists import` does, on the same file, while the service runs.
        var store = await SnapbackStore.OpenSqliteAsync(app.DatabasePath, Ct);
        var imported = await new ListFileImporter(new ListImporter(store, TimeProvider.System))
            .ImportAsync([TestDatabase.UnSnapback], confirm: false, Ct);
        Assert.Equal(ImportStatus.Imported, Assert.Single(imported).Import?.Status);

        using var client = app.ClientWithKey(null);
        string? published = null;
        for (var attempt = 0; attempt < 600 && published?.StartsWith("2025-11-29", StringComparison.Ordinal) != true; attempt++)
        {
            await Task.Delay(100, Ct);
            using var ready = await client.GetAsync("/ready", Ct);
            published = (await Json.ReadAsync(ready)).GetProperty("snapshots")[0].GetProperty("published_at").GetString();
        }

        Assert.StartsWith("2025-11-29", published, StringComparison.Ordinal);
    }

    // A service holding the UN list of April 2025 whose update fetches from the local list server.
    private static async Task<SnapbackApiFactory> UpdatingFromAsync(ListServer server)
    {
        var app = new SnapbackApiFactory(
            [TestDatabase.UnBefore],
            new Dictionary<string, string> { ["Snapback:UpdateSources:un"] = server.Url.ToString() });
        try
        {
            await app.InitializeAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    // Screens until told to stop, collecting every status code; at least one screen always runs.
    private static async Task<List<HttpStatusCode>> ScreenUntilAsync(HttpClient client, string name, CancellationToken stop)
    {
        var statuses = new List<HttpStatusCode>();
        do
        {
            using var response = await client.PostAsJsonAsync("/api/screen", new { name }, CancellationToken.None);
            statuses.Add(response.StatusCode);
        }
        while (!stop.IsCancellationRequested);

        return statuses;
    }
}
