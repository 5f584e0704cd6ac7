using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Snapback.Api.Tests.Support;
using Snapback.Screening.Tests.Support;

namespace Snapback.Api.Tests.Apis;

/// <summary>The webhook endpoints, and the server's background dispatcher sending to a real local receiver.</summary>
public sealed class WebhooksApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task AddWebhook_ThenAKeyIsMade_TheServerDeliversTheEventSignedAndLogsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var admin = app.ClientWithKey(app.AdminKey);
        using var added = await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = "key.created" }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var created = await added.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("webhook").GetProperty("id").GetString()!;

        var name = "webhook check " + Guid.NewGuid().ToString("N");
        using (var key = await admin.PostAsJsonAsync("/api/keys", new { name, role = "viewer" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        }

        // Other tests make keys on the same server meanwhile; this webhook receives theirs too, in trail order.
        ReceivedWebhook request;
        do
        {
            request = await receiver.NextAsync(Ct);
        }
        while (request.Payload.GetProperty("data").GetProperty("name").GetString() != name);

        Assert.True(request.SignatureVerifies(secret));
        Assert.Equal("key.created", request.Headers["Snapback-Event"]);
        var log = await DeliveriesAsync(admin, id, request.DeliveryId);
        Assert.Equal(204, log.GetProperty("status_code").GetInt32());
        Assert.Equal("delivered", log.GetProperty("outcome").GetString());

        var listed = await admin.GetStringAsync("/api/webhooks", Ct);
        Assert.Contains(id, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        using var removed = await admin.DeleteAsync($"/api/webhooks/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var again = await admin.DeleteAsync($"/api/webhooks/{id}", Ct);
        await Problem.ReadAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddWebhook_NotHttpUrl_Is400NamingUrl()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/webhooks", new { url = "file:///etc/passwd", events = "*" }, Ct);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["url"], problem.ErrorFields);
    }

    [Fact]
    public async Task ListWebhooks_AsAnalyst_Is403()
    {
        using var analyst = app.ClientWithKey(app.AnalystKey);
        using var response = await analyst.GetAsync("/api/webhooks", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListDeliveries_UnknownWebhook_Is404()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.GetAsync("/api/webhooks/wh_nope/deliveries", Ct);

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/webhooks", "get")]
    [InlineData("/api/webhooks", "post")]
    [InlineData("/api/webhooks/{id}", "delete")]
    [InlineData("/api/webhooks/{id}/deliveries", "get")]
    public async Task Document_ListsTheWebhookEndpoints(string path, string method)
    {
        using var client = app.ClientWithKey(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        Assert.True(document.RootElement.GetProperty("paths").GetProperty(path).TryGetProperty(method, out _));
    }

    /// <summary>The log row of the delivery, once the dispatcher has recorded the answer it just got.</summary>
    private static async Task<JsonElement> DeliveriesAsync(HttpClient admin, string id, string deliveryId)
    {
        while (true)
        {
            var log = await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}/deliveries", Ct);
            foreach (var attempt in log.EnumerateArray())
            {
                if (attempt.GetProperty("delivery_id").GetString() == deliveryId)
                {
                    return attempt.Clone();
                }
            }

            await Task.Delay(50, Ct);
        }
    }
}
