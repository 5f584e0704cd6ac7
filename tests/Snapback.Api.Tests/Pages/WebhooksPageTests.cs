using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Pages;

/// <summary>The Webhooks page: admins only, listing the active webhooks and never their secrets.</summary>
public sealed class WebhooksPageTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WebhooksPage_Admin_ListsTheWebhookWithoutItsSecret()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        var url = $"https://hooks.example.com/{Guid.NewGuid():N}";
        using var added = await admin.PostAsJsonAsync("/api/webhooks", new { url, events = "alert.created,monitor.run.completed" }, Ct);
        var created = await added.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var secret = created.GetProperty("secret").GetString()!;
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AdminKey);

        var page = await client.GetStringAsync("/webhooks", Ct);

        Assert.Contains(url, page, StringComparison.Ordinal);
        Assert.Contains("alert.created,monitor.run.completed", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/webhooks\"", page, StringComparison.Ordinal);

        // The server's dispatcher would keep calling a receiver that does not exist.
        using var removed = await admin.DeleteAsync($"/api/webhooks/{created.GetProperty("webhook").GetProperty("id").GetString()}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task WebhooksPage_Analyst_IsDeniedAndNotInTheMenu()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);

        using var response = await client.GetAsync("/webhooks", Ct);
        var search = await client.GetStringAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/webhooks\"", search, StringComparison.Ordinal);
    }
}
