using System.Net;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

/// <summary>Behind a TLS-terminating proxy the UI cookie is Secure, when forwarded headers are trusted; never on a forged header otherwise.</summary>
public sealed class ForwardedHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task SignIn_ForwardedProtoHttps_MarksTheCookieSecureOnlyWhenProxiesAreTrusted(bool trusted, bool secure)
    {
        await using var app = await KestrelApp.StartAsync(
            [], new Dictionary<string, string> { ["Snapback:ForwardedHeaders"] = trusted ? "true" : "false" }, Ct);
        using var client = app.Client(null);
        var form = await client.GetStringAsync("/signin", Ct);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ApiKey"] = app.Database.AnalystKey,
            ["__RequestVerificationToken"] = UiSession.Token(form),
        });

        // The proxy says the browser came over HTTPS; this hop to the service is plain HTTP on loopback.
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var response = await client.PostAsync("/signin", content, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), static c => c.StartsWith("snapback.ui=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
