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
