using System.Net;
using System.Text.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

/// <summary>
/// <c>/api/lists</c> across the UK switch: the FCDO list's first snapshot compares with the last ConList by OFSI group id, and
/// the ConList, superseded, is no longer screened.
/// </summary>
public sealed class ListsApiUkSwitchTests(UkSwitchApiFactory app) : IClassFixture<UkSwitchApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Diff_UkFcdoWithItsFirstSnapshot_ComparesTheLastConListByGroupId()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists/uk-fcdo/diff", Ct);

        var diff = await Json.ReadAsync(response);
        Assert.Equal("uk-fcdo", diff.GetProperty("source").GetString());
        Assert.Equal("uk-ofsi", diff.GetProperty("from").GetProperty("source").GetString());
        Assert.Equal("uk-fcdo", diff.GetProperty("to").GetProperty("source").GetString());
        Assert.Equal("OFSI group id", diff.GetProperty("matched_by").GetString());
        // The figures of these two publications (docs/lists.md), not 4,688 removals and 5,302 additions.
        var summary = diff.GetProperty("summary");
        Assert.Equal((620, 22), (summary.GetProperty("added").GetInt32(), summary.GetProperty("removed").GetInt32()));
        // Removed groups are named from the ConList, added designations from the FCDO list.
        foreach (var section in new[] { "removed", "added" })
        {
            Assert.All(diff.GetProperty(section).EnumerateArray(), e => Assert.NotEqual(e.GetProperty("id").GetString(), e.GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task Diff_UkFcdoGivenSnapshotsAcrossTheSwitch_SameAsTheDefault()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        var byDefault = await DiffAsync(client, "");
        var from = byDefault.GetProperty("from").GetProperty("id").GetInt64();
        var to = byDefault.GetProperty("to").GetProperty("id").GetInt64();

        var byId = await DiffAsync(client, $"?from={from}&to={to}");
        var byDate = await DiffAsync(client, "?from=2025-04-14&to=2025-08-11");

        Assert.Equal(JsonSerializer.Serialize(byDefault), JsonSerializer.Serialize(byId));
        Assert.Equal(JsonSerializer.Serialize(byDefault), JsonSerializer.Serialize(byDate));
    }

    [Fact]
    public async Task Diff_FcdoSnapshotToTheConList_Is400NamingFrom()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        var byDefault = await DiffAsync(client, "");
        var ofsi = byDefault.GetProperty("from").GetProperty("id").GetInt64();
        var fcdo = byDefault.GetProperty("to").GetProperty("id").GetInt64();

        using var response = await client.GetAsync($"/api/lists/uk-fcdo/diff?from={fcdo}&to={ofsi}", Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["from"], problem.ErrorFields);
    }

    [Fact]
    public async Task Lists_AfterTheFirstFcdoSnapshot_ConListIsSupersededAndNotScreened()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists", Ct);
        using var ready = await app.ClientWithKey(null).GetAsync("/ready", Ct);

        var lists = (await Json.ReadAsync(response)).EnumerateArray().ToList();
        var ofsi = Assert.Single(lists, static l => l.GetProperty("source").GetString() == "uk-ofsi");
        var fcdo = Assert.Single(lists, static l => l.GetProperty("source").GetString() == "uk-fcdo");
        var first = fcdo.GetProperty("snapshots")[0].GetProperty("id").GetInt64();
        Assert.Equal(first, ofsi.GetProperty("superseded_by").GetProperty("id").GetInt64());
        Assert.False(ofsi.TryGetProperty("in_force", out _));
        Assert.Equal(first, fcdo.GetProperty("in_force").GetInt64());
        Assert.False(fcdo.TryGetProperty("superseded_by", out _));
        var screened = (await Json.ReadAsync(ready)).GetProperty("snapshots").EnumerateArray().Select(static s => s.GetProperty("source").GetString());
        Assert.Equal(["uk-fcdo"], screened);
    }

    private static async Task<JsonElement> DiffAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/lists/uk-fcdo/diff" + query, Ct);
        return await Json.ReadAsync(response);
    }
}
