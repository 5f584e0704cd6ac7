using System.Net;
using System.Text.Json;

namespace Snapback.Api.Tests.Support;

/// <summary>Reads an RFC 7807 problem response.</summary>
internal sealed record Problem(int Status, string? Title, string? Detail, JsonElement Root)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement;
        return new Problem(
            root.GetProperty("status").GetInt32(),
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            root);
    }

    /// <summary>The field names in the problem's <c>errors</c> object.</summary>
    public IReadOnlyList<string> ErrorFields =>
        Root.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(static e => e.Name)] : [];
}
