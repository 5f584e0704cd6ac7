using System.Net;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class ListsApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string BundledUn => TestDatabase.Inputs.Single(static i => i.Contains("un-", StringComparison.Ordinal));

    [Fact]
    public async Task Lists_HoldEverySnapshotImported_NewestFirst_WithRawCounts()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists", Ct);

        var lists = (await Json.ReadAsync(response)).EnumerateArray().ToList();
        var un = Assert.Single(lists, static l => l.GetProperty("source").GetString() == "un");
        var snapshots = un.GetProperty("snapshots").EnumerateArray().ToList();
        Assert.Equal(3, snapshots.Count);
        Assert.Equal(UnXml.Entries(BundledUn is var p && p.EndsWith(".gz", StringComparison.Ordinal) ? Unzipped(p) : p).Count,
            snapshots[0].GetProperty("entity_count").GetInt32());
        Assert.Equal(UnXml.Entries(TestDatabase.UnBefore).Count, snapshots[2].GetProperty("entity_count").GetInt32());
        Assert.Equal(snapshots[0].GetProperty("id").GetInt64(), un.GetProperty("in_force").GetInt64());
        Assert.Contains(lists, static l => l.GetProperty("source").GetString() == "ofac-sdn");
    }

    [Fact]
    public async Task Lists_NeverChecked_AreStaleWithThePublicationInForce()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists", Ct);

        foreach (var list in (await Json.ReadAsync(response)).EnumerateArray())
        {
            var freshness = list.GetProperty("freshness");
            var newest = list.GetProperty("snapshots")[0];
            Assert.True(freshness.GetProperty("stale").GetBoolean());
            Assert.False(freshness.TryGetProperty("last_checked_at", out _));
            Assert.False(list.TryGetProperty("next_check_at", out _));
            Assert.Equal(newest.GetProperty("id").GetInt64(), freshness.GetProperty("snapshot_id").GetInt64());
            Assert.Equal(
                newest.TryGetProperty("published_at", out var published) ? published.GetString() : null,
                freshness.TryGetProperty("published_at", out var stated) ? stated.GetString() : null);
        }
    }

    [Fact]
    public async Task Diff_FromBeforeToTheSnapback_AddsEveryIranEntry()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists/un/diff?from=2025-04-19&to=2025-11-29", Ct);

        var diff = await Json.ReadAsync(response);
        var added = diff.GetProperty("added").EnumerateArray().Select(static a => a.GetProperty("id").GetString()!).ToHashSet();
        foreach (var prefix in new[] { "IRi.", "IRe." })
        {
            var expected = UnXml.References(TestDatabase.UnSnapback, prefix).Except(UnXml.References(TestDatabase.UnBefore, prefix));
            Assert.Equal(expected.Select(static r => "un:" + r).Order(), added.Where(a => a.StartsWith("un:" + prefix, StringComparison.Ordinal)).Order());
        }

        Assert.Equal(added.Count, diff.GetProperty("summary").GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Diff_Default_ComparesTheNewestTwo()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var lists = await client.GetAsync("/api/lists", Ct);
        var un = (await Json.ReadAsync(lists)).EnumerateArray().Single(static l => l.GetProperty("source").GetString() == "un");
        var snapshots = un.GetProperty("snapshots");

        using var response = await client.GetAsync("/api/lists/un/diff", Ct);

        var diff = await Json.ReadAsync(response);
        Assert.Equal(snapshots[1].GetProperty("id").GetInt64(), diff.GetProperty("from").GetProperty("id").GetInt64());
        Assert.Equal(snapshots[0].GetProperty("id").GetInt64(), diff.GetProperty("to").GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("from=last-week", "from")]
    [InlineData("to=999999", "to")]
    [InlineData("from=1990-01-01", "from")]
    public async Task Diff_BadSnapshot_Is400NamingIt(string query, string field)
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync($"/api/lists/un/diff?{query}", Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields);
    }

    [Fact]
    public async Task Diff_UnknownList_Is404Problem()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/lists/atlantis/diff", Ct);

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Update_BelowAdmin_Is403Problem(bool analyst)
    {
        using var client = app.ClientWithKey(analyst ? app.AnalystKey : app.ViewerKey);
        using var response = await client.PostAsync("/api/lists/update", null, Ct);

        await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
    }

    private static string Unzipped(string gz)
    {
        var path = Path.Combine(Path.GetTempPath(), "snapback-un-" + Guid.NewGuid().ToString("N") + ".xml");
        using (var input = new System.IO.Compression.GZipStream(File.OpenRead(gz), System.IO.Compression.CompressionMode.Decompress))
        using (var output = File.Create(path))
        {
            input.CopyTo(output);
        }

        return path;
    }
}
