using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

public sealed class SecurityHeadersTests(SnapbackApiFactory app)
{
    [Theory]
    [InlineData("/signin", "form-action 'self'")]
    [InlineData("/css/site.css", "script-src 'self'")]
    [InlineData("/health", "default-src 'none'")]
    [InlineData("/api/lists", "default-src 'none'")]
    [InlineData("/openapi/v1.json", "default-src 'none'")]
    public async Task Answer_AnyPath_CarriesTheSecurityHeaders(string path, string policyPart)
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains(policyPart, policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
