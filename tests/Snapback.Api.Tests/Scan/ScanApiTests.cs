using System.Net;
using System.Net.Http.Json;
using System.Text;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Scan;

public sealed class ScanApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scan_NewsParagraph_GivesEachMentionsSpanOverTheTextAsGiven()
    {
        const string text = "Talks stalled.\r\nOn Monday President Vladimir Putin's envoy met Sergei\nLavrov in Ankara; the bank in Moscow was closed.";
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/scan", new { id = "n-1", text }, Ct);

        var result = await Json.ReadAsync(response);
        Assert.Equal("n-1", result.GetProperty("id").GetString());
        var mentions = result.GetProperty("mentions").EnumerateArray().ToList();
        var spans = mentions.Select(static m => (Start: m.GetProperty("start").GetInt32(), End: m.GetProperty("end").GetInt32(), Text: m.GetProperty("text").GetString()))
            .Distinct().ToList();
        Assert.Equal(["Vladimir Putin", "Sergei\nLavrov"], spans.Select(static s => s.Text));
        Assert.All(spans, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.Contains(mentions, static m => m.GetProperty("name").GetString()!.Contains("PUTIN", StringComparison.Ordinal)
            && m.GetProperty("entity_id").GetString()!.Length > 0 && m.GetProperty("score").GetDouble() >= 0.8);
        Assert.Equal(Snapback.Matching.MatcherVersion.Current, result.GetProperty("basis").GetProperty("matcher").GetString());
    }

    [Fact]
    public async Task Scan_TextWithoutNames_GivesNoMentions()
    {
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/scan", new { text = "Quarterly results beat expectations as oil prices rose." }, Ct);

        Assert.Empty((await Json.ReadAsync(response)).GetProperty("mentions").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"id": "x"}""", "", "text")]
    [InlineData("""{"text": "anything"}""", "?threshold=2", "threshold")]
    public async Task Scan_BadField_Is400ProblemNamingIt(string body, string query, string field)
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/scan" + query, content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields);
    }

    [Fact]
    public async Task Scan_ViewerKey_Is403Problem()
    {
        using var client = app.ClientWithKey(app.ViewerKey);

        using var response = await client.PostAsJsonAsync("/api/scan", new { text = "Vladimir Putin" }, Ct);

        await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
    }
}
