using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Snapback.Api.Tests.Support;
using Snapback.Tests;

namespace Snapback.Api.Tests.Apis;

/// <summary>Odd but legal requests, and values that used to slip through the checks: each gets a clear 4xx, never a 500 or a silent 200.</summary>
public sealed class HostileRequestTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ThresholdCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/api/screen", "/api/screen/batch", "/api/screen/stream" })
        {
            foreach (var threshold in new[] { "NaN", "Infinity", "-Infinity", "-0.1", "1.5", "1e999" })
            {
                data.Add(path, threshold);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThresholdCases))]
    public async Task Screen_ThresholdNotANumberFromZeroToOne_Is400NamingThreshold(string path, string threshold)
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        var body = path.EndsWith("/batch", StringComparison.Ordinal) ? """{"parties":[{"name":"Kim Jong Un"}]}""" : """{"name":"Kim Jong Un"}""";
        using var content = new StringContent(body, Encoding.UTF8, path.EndsWith("/stream", StringComparison.Ordinal) ? "application/x-ndjson" : "application/json");

        using var response = await client.PostAsync($"{path}?threshold={threshold}", content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["threshold"], problem.ErrorFields);
    }

    [Theory]
    [InlineData("""{"name": "Vladimir""")]
    [InlineData("""{"name": "Vladimir", """)]
    [InlineData("""{"name": "Vladimir"}}""")]
    public async Task Screen_JsonThatDoesNotParse_Is400SayingSoAboutTheBody(string body)
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/screen", content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["body"], problem.ErrorFields);
        Assert.StartsWith("The body does not parse as JSON", problem.Root.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/screen", "null")]
    [InlineData("/api/screen", "")]
    [InlineData("/api/screen/batch", "null")]
    [InlineData("/api/keys", "null")]
    public async Task Post_NullOrEmptyBody_Is400ProblemNamingTheBody(string path, string body)
    {
        using var client = app.ClientWithKey(app.AdminKey);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(path, content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(path == "/api/screen/batch" ? ["parties"] : ["body"], problem.ErrorFields);
        Assert.DoesNotContain("Did you mean", problem.Root.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/screen", """{"name":"Kim Jong Un"}""")]
    [InlineData("/api/screen/batch", """{"parties":[{"name":"Kim Jong Un"}]}""")]
    [InlineData("/api/screen/stream", """{"name":"Kim Jong Un"}""")]
    [InlineData("/api/keys", """{"name":"charset","role":"viewer"}""")]
    public async Task Post_UnknownCharset_Is415Problem(string path, string body)
    {
        using var client = app.ClientWithKey(app.AdminKey);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");

        using var response = await client.PostAsync(path, content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("bogus", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_InvalidUtf8_Is400_AndTheSameBytesInAStreamLineAreAnErrorLine()
    {
        byte[] party = [.. """{"id":"bad","name":"Vla"""u8, 0xFF, .. "dimir Putin\"}"u8];
        using var client = app.ClientWithKey(app.AnalystKey);
        using var single = new ByteArrayContent(party);
        single.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/screen", single, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["body"], problem.ErrorFields);
        Assert.Contains("UTF-8", problem.Root.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);

        var lines = await StreamAsync(client, [.. """{"id":"a","name":"Kim Jong Un"}"""u8, (byte)'\n', .. party, (byte)'\n', .. """{"id":"c","name":"Kim Jong Un"}"""u8]);
        Assert.Equal(3, lines.Count);
        Assert.Contains("line 2: not valid UTF-8", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.All([lines[0], lines[2]], static l => Assert.Contains(
            l.GetProperty("hits").EnumerateArray(), static h => h.GetProperty("entity_id").GetString() == "ofac:20157"));
    }

    [Fact]
    public async Task ScreenStream_HundredMegabyteLine_IsThatLinesErrorAndTheRestScreens()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        var party = """{"id":"k","name":"Kim Jong Un"}""" + "\n";
        using var content = new StreamContent(new GeneratedStream(Encoding.UTF8.GetBytes(party), 100_000_000, Encoding.UTF8.GetBytes(party)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var response = await client.PostAsync("/api/screen/stream", content, Ct);

        var lines = await ReadLinesAsync(response);
        Assert.Equal(3, lines.Count);
        Assert.Equal("line 2: line longer than 65,536 bytes (100,000,000); not screened", lines[1].GetProperty("error").GetString());
        Assert.All([lines[0], lines[2]], static l => Assert.Contains(
            l.GetProperty("hits").EnumerateArray(), static h => h.GetProperty("entity_id").GetString() == "ofac:20157"));
    }

    [Fact]
    public async Task CreateKey_NameOverTheLimit_Is400NamingName()
    {
        using var client = app.ClientWithKey(app.AdminKey);
        using var content = new StringContent(JsonSerializer.Serialize(new { name = new string('k', 101), role = "viewer" }), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/keys", content, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name"], problem.ErrorFields);
    }

    private static async Task<List<JsonElement>> StreamAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await client.PostAsync("/api/screen/stream", content, Ct);
        return await ReadLinesAsync(response);
    }

    private static async Task<List<JsonElement>> ReadLinesAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l).RootElement)];
    }
}
