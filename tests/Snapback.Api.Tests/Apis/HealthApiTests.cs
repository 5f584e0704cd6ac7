using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class HealthApiTests(SnapbackApiFactory app)
{
    [Fact]
    public async Task Health_WithoutKey_IsOk()
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ListsNeverChecked_StaysReadyAndNamesThemStale()
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync("/ready", TestContext.Current.CancellationToken);

        var ready = await Json.ReadAsync(response);
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal("stale", ready.GetProperty("lists").GetString());
        Assert.Equal(
            ready.GetProperty("snapshots").EnumerateArray().Select(static s => s.GetProperty("source").GetString()),
            ready.GetProperty("stale_lists").EnumerateArray().Select(static s => s.GetString()));
    }

    [Fact(Timeout = 300_000)]
    public async Task Ready_ConfirmedCurrent_TurnsStaleAfterTwoDays_AndStaysReady()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await ListServer.StartAsync(TestDatabase.UnBefore, cancellationToken);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var current = new FakeClockApiFactory(
            clock, [TestDatabase.UnBefore], new Dictionary<string, string> { ["Snapback:UpdateSources:un"] = server.Url.ToString() });
        await current.InitializeAsync();
        using var admin = current.ClientWithKey(current.AdminKey);
        using var client = current.ClientWithKey(null);

        using var update = await admin.PostAsync("/api/lists/update", null, cancellationToken);
        Assert.Equal("unchanged", Assert.Single((await Json.ReadAsync(update)).EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(("current", 0), await ListsAsync(client));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(("current", 0), await ListsAsync(client));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(("stale", 1), await ListsAsync(client));
    }

    // What /ready says about the lists, and how many are stale; it must answer 200 throughout.
    private static async Task<(string? Lists, int Stale)> ListsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/ready", TestContext.Current.CancellationToken);
        var ready = await Json.ReadAsync(response);
        return (ready.GetProperty("lists").GetString(), ready.GetProperty("stale_lists").GetArrayLength());
    }

    [Fact]
    public async Task Ready_EmptyDatabase_Is503Problem()
    {
        await using var empty = new SnapbackApiFactory([], new Dictionary<string, string>());
        await empty.InitializeAsync();
        using var client = empty.ClientWithKey(null);
        using var response = await client.GetAsync("/ready", TestContext.Current.CancellationToken);

        await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
    }
}
