using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

/// <summary>The service's own update schedule, against a local list server, on a fake clock.</summary>
public sealed class ListUpdateServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task Schedule_SourceNeverChecked_ImportsTheNewPublicationWithoutAPerson()
    {
        await using var server = await ListServer.StartAsync(TestDatabase.UnSnapback, Ct);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var start = clock.GetUtcNow();
        await using var app = new FakeClockApiFactory(clock, [TestDatabase.UnBefore], new Dictionary<string, string>
        {
            ["Snapback:UpdateSources:un"] = server.Url.ToString(),
            ["Snapback:ListUpdates:Enabled"] = "true",
            ["Snapback:ListUpdates:Jitter"] = "0",
        });
        await app.InitializeAsync();
        using var client = app.ClientWithKey(app.ViewerKey);

        // Never checked, the source is due at once; once the check is done, its next one is planned.
        var un = await UnAsync(client);
        while (!un.TryGetProperty("next_check_at", out var next) || next.GetDateTimeOffset() == start)
        {
            await Task.Delay(50, Ct);
            un = await UnAsync(client);
        }

        var freshness = un.GetProperty("freshness");
        Assert.Equal("imported", freshness.GetProperty("last_status").GetString());
        Assert.Equal(start, freshness.GetProperty("last_checked_at").GetDateTimeOffset());
        Assert.Equal(start, freshness.GetProperty("confirmed_at").GetDateTimeOffset());
        Assert.StartsWith("2025-11-29", freshness.GetProperty("published_at").GetString(), StringComparison.Ordinal);
        Assert.False(freshness.GetProperty("stale").GetBoolean());
        Assert.Equal(start.AddHours(2), un.GetProperty("next_check_at").GetDateTimeOffset());
        Assert.Equal(2, un.GetProperty("snapshots").GetArrayLength());

        // The update swapped the new publication into screening before the next check was planned.
        using var ready = await app.ClientWithKey(null).GetAsync("/ready", Ct);
        var inForce = Assert.Single((await Json.ReadAsync(ready)).GetProperty("snapshots").EnumerateArray());
        Assert.Equal(un.GetProperty("in_force").GetInt64(), inForce.GetProperty("id").GetInt64());
        Assert.Equal(freshness.GetProperty("snapshot_id").GetInt64(), inForce.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("Snapback:ListUpdates:Sources:uk:Interval", "01:00:00", "'uk' is not a list source")]
    [InlineData("Snapback:ListUpdates:Interval", "00:00:05", "Interval")]
    [InlineData("Snapback:ListUpdates:Sources:eu:Interval", "30.00:00:00", "Sources:eu")]
    public async Task Start_BadScheduleSetting_FailsNamingIt(string key, string value, string named)
    {
        await using var app = new SnapbackApiFactory([], new Dictionary<string, string> { [key] = value });
        await app.InitializeAsync();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => app.ClientWithKey(null));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> UnAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/lists", Ct);
        return (await Json.ReadAsync(response)).EnumerateArray().Single(static l => l.GetProperty("source").GetString() == "un");
    }
}
