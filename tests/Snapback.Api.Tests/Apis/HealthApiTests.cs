using System.Net;
using System.Text.Json;
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
    public async Task Ready_EmptyDatabase_Is503Problem()
    {
        await using var empty = new SnapbackApiFactory([], new Dictionary<string, string>());
        await empty.InitializeAsync();
        using var client = empty.ClientWithKey(null);
        using var response = await client.GetAsync("/ready", TestContext.Current.CancellationToken);

        await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
    }
}
