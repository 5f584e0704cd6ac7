using System.Net;
using System.Net.Http.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Auth;

public sealed class ApiKeyAuthenticationHandlerTests(SnapbackApiFactory app)
{
    [Fact]
    public async Task NoKey_Is401Problem_WithChallengeHeader()
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync("/api/keys", TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(401, problem.Status);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKey_Is401Problem()
    {
        using var client = app.ClientWithKey("sbk_not-a-key");
        using var response = await client.GetAsync("/api/keys", TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("unknown", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ViewerKey_OnAdminEndpoint_Is403Problem()
    {
        using var client = app.ClientWithKey(app.ViewerKey);
        using var response = await client.GetAsync("/api/keys", TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("viewer", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalystKey_OnAdminEndpoint_Is403Problem()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var response = await client.DeleteAsync("/api/keys/anything", TestContext.Current.CancellationToken);

        await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedKey_Is401Problem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = app.ClientWithKey(app.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "short-lived", role = "viewer" }, ct);
        var body = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct);
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("key").GetProperty("id").GetString()!;

        using var before = app.ClientWithKey(secret);
        using var beforeResponse = await before.GetAsync("/api/keys", ct);
        await Problem.ReadAsync(beforeResponse, HttpStatusCode.Forbidden);

        using var revoked = await admin.DeleteAsync($"/api/keys/{id}", ct);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        using var after = app.ClientWithKey(secret);
        using var afterResponse = await after.GetAsync("/api/keys", ct);
        await Problem.ReadAsync(afterResponse, HttpStatusCode.Unauthorized);
    }
}
