using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class OpenApiDocumentTests(SnapbackApiFactory app)
{
    [Fact]
    public async Task Document_ListsEveryApiEndpoint()
    {
        using var client = app.ClientWithKey(null);
        var json = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        var documented = paths.EnumerateObject()
            .SelectMany(static path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(static e => e.RoutePattern.RawText is { } raw
                && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw is "/health" or "/ready"))
            .SelectMany(static e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.All(mapped, endpoint => Assert.Contains(endpoint, documented));
    }

    [Theory]
    [InlineData("/api/screen", "post", "400 401 403 413 415")]
    [InlineData("/api/screen/batch", "post", "400 401 403 413 415 503")]
    [InlineData("/api/screen/stream", "post", "401 403 413 415 503")]
    [InlineData("/api/entities/{id}", "get", "401 403 404")]
    [InlineData("/api/lists/{source}/diff", "get", "401 403 404")]
    [InlineData("/api/lists/update", "post", "401 403 409")]
    [InlineData("/api/keys", "post", "400 401 403 413 415")]
    [InlineData("/api/keys/{id}", "delete", "401 403 404")]
    [InlineData("/api/alerts/{id}/approve", "post", "400 401 403 404 409 413 415")]
    [InlineData("/api/customers/import", "post", "400 401 403 413 415")]
    [InlineData("/api/ownership/import", "post", "400 401 403 413 415")]
    [InlineData("/api/ownership/{id}", "get", "400 401 403")]
    public async Task Document_DeclaresTheProblemAnswersEachEndpointGives(string path, string method, string statuses)
    {
        using var client = app.ClientWithKey(null);
        var json = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var responses = JsonDocument.Parse(json).RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        var declared = responses.EnumerateObject().Select(static r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(statuses.Split(' '), status => Assert.Contains(status, declared));
    }

    [Fact]
    public async Task Document_DeclaresTheApiKeyHeader()
    {
        using var client = app.ClientWithKey(null);
        var json = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var scheme = JsonDocument.Parse(json).RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");

        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Scalar_IsServed()
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync("/scalar/", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    // "/api/keys/" from a group prefix plus "/" is documented as "/api/keys"; route constraints are dropped in the document.
    private static string Normalize(string raw)
    {
        var path = raw.Length > 1 ? raw.TrimEnd('/') : raw;
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}:?]+)[^}]*\}", "{$1}");
    }
}
