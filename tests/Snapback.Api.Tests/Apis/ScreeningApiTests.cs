using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class ScreeningApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screen_ListedIranName_FindsItsUnEntity_InTheJsonLinesShape()
    {
        var entry = UnXml.Entries(TestDatabase.UnSnapback).First(static e => UnXml.Reference(e).StartsWith("IRi.", StringComparison.Ordinal));
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/screen", new { id = "c-1", name = UnXml.Name(entry) }, Ct);

        var result = await Json.ReadAsync(response);
        Assert.Equal("c-1", result.GetProperty("id").GetString());
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("entity_id").GetString() == "un:" + UnXml.Reference(entry));
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal("person", hit.GetProperty("kind").GetString());
        Assert.Contains("UN", hit.GetProperty("lists")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, hit.GetProperty("explanation").ValueKind);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Screen_AnyName_NamesTheSnapshotsThresholdAndMatcherItWasComputedAgainst()
    {
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/screen?threshold=0.9", new { id = "c-2", name = "Anyone At All" }, Ct);

        var basis = (await Json.ReadAsync(response)).GetProperty("basis");
        Assert.Equal(0.9, basis.GetProperty("threshold").GetDouble());
        Assert.Equal(Snapback.Matching.MatcherVersion.Current, basis.GetProperty("matcher").GetString());
        var lists = basis.GetProperty("lists").EnumerateArray().ToList();
        Assert.NotEmpty(lists);
        var un = Assert.Single(lists, l => l.GetProperty("source").GetString() == "un");
        Assert.True(un.GetProperty("snapshot").GetInt64() > 0);
        Assert.Equal(64, un.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(JsonValueKind.String, un.GetProperty("published_at").ValueKind);
    }

    [Fact]
    public async Task Screen_ViewerKey_Is403Problem()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.PostAsJsonAsync("/api/screen", new { name = "anyone" }, Ct);

        await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Screen_NoKey_Is401Problem()
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.PostAsJsonAsync("/api/screen", new { name = "anyone" }, Ct);

        await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"name": ""}""", "name")]
    [InlineData("""{"name": "Ali", "birth_date": "31/12/1970"}""", "birth_date")]
    [InlineData("""{"name": "Ali", "kind": "dragon"}""", "kind")]
    [InlineData("""{"name": "Ali", "country": "Atlantis"}""", "country")]
    [InlineData("""{"name": 42}""", "name")]
    [InlineData("""{"name": "Ali", "identifiers": "A123"}""", "identifiers")]
    [InlineData("""{"name": "Ali" """, "body")]
    public async Task Screen_BadField_Is400ProblemNamingIt(string body, string field)
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/screen", content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields);
    }

    [Fact]
    public async Task Screen_ThresholdOutOfRange_Is400NamingThreshold()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var response = await client.PostAsJsonAsync("/api/screen?threshold=2", new { name = "Ali" }, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["threshold"], problem.ErrorFields);
    }

    [Fact]
    public async Task Screen_BodyOverTheLimit_Is413Problem()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var response = await client.PostAsJsonAsync("/api/screen", new { name = new string('a', 200_000) }, Ct);

        await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ScreenBatch_OneThousandParties_AnswersEachInOrder()
    {
        var names = UnXml.Entries(TestDatabase.UnSnapback).Select(UnXml.Name).Where(static n => n.Length > 0).ToList();
        var parties = Enumerable.Range(0, 1000).Select(i => new { id = $"p{i}", name = names[i % names.Count] }).ToList();
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/screen/batch", new { parties }, Ct);

        var results = (await Json.ReadAsync(response)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(parties.Select(static p => p.id), results.Select(static r => r.GetProperty("id").GetString()));
        Assert.All(results, static r => Assert.NotEqual(0, r.GetProperty("hits").GetArrayLength()));
    }

    [Fact]
    public async Task ScreenBatch_OverOneThousand_Is400NamingParties()
    {
        var parties = Enumerable.Range(0, 1001).Select(static i => new { id = $"p{i}", name = "Ali" }).ToList();
        using var client = app.ClientWithKey(app.AnalystKey);

        using var response = await client.PostAsJsonAsync("/api/screen/batch", new { parties }, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["parties"], problem.ErrorFields);
    }

    [Fact]
    public async Task ScreenBatch_OneBadParty_Is400NamingItsIndexAndField()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var response = await client.PostAsJsonAsync(
            "/api/screen/batch", new { parties = new object[] { new { name = "Ali" }, new { name = "Bob", kind = "ghost" } } }, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["parties[1].kind"], problem.ErrorFields);
    }

    [Fact]
    public async Task ScreenStream_JsonLines_GivesOneLinePerInputInOrder()
    {
        var entry = UnXml.Entries(TestDatabase.UnSnapback).First(static e => UnXml.Reference(e).StartsWith("IRe.", StringComparison.Ordinal));
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "a", name = UnXml.Name(entry) }),
            "{not json",
            JsonSerializer.Serialize(new { id = "c", name = "Zzyzx Qwerty Unlisted" }),
        };
        using var client = app.ClientWithKey(app.AnalystKey);
        using var content = new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8, "application/x-ndjson");

        using var response = await client.PostAsync("/api/screen/stream", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var output = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Length, output.Count);
        Assert.Equal("a", output[0].GetProperty("id").GetString());
        Assert.Contains(output[0].GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("entity_id").GetString() == "un:" + UnXml.Reference(entry));
        Assert.Contains("line 2", output[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c", output[2].GetProperty("id").GetString());
    }
}
