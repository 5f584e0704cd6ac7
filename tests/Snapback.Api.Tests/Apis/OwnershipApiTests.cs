using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

/// <summary>
/// Ownership over HTTP on the bundled lists: import, check and ownership alerts. The holdings are synthetic (ofac:35096 is a real
/// SDN listing; the companies are made up).
/// </summary>
public sealed class OwnershipApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportCheckAndScreen_CustomerOwnedThroughAChain_IsBlockedWithItsPathsAndRaisesAnOwnershipAlert()
    {
        await app.WaitUntilReadyAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        using var analyst = app.ClientWithKey(app.AnalystKey);
        using var viewer = app.ClientWithKey(app.ViewerKey);
        using (var put = await analyst.PutAsJsonAsync($"/api/customers/O-{run}", new { name = $"Harbour Example Trading {run}", kind = "organization" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var body = new StringContent(
            $"owner,owned,share,control,source,as_of\nofac:35096,Holding {run},55,,synthetic,2026-10-01\n" +
            $"Holding {run},customer:O-{run},50,,synthetic,2026-10-01\nHolding {run},customer:O-{run},fifty,,synthetic,\n", Encoding.UTF8, "text/csv");
        using var imported = await analyst.PostAsync("/api/ownership/import", body, Ct);
        using var refused = await viewer.PostAsync("/api/ownership/import", new StringContent("owner,owned,share\n", Encoding.UTF8, "text/csv"), Ct);
        var check = await viewer.GetFromJsonAsync<JsonElement>($"/api/ownership/{Uri.EscapeDataString($"customer:O-{run}")}", Ct);
        using var badRegime = await viewer.GetAsync($"/api/ownership/customer:O-{run}?regime=mars", Ct);
        using var screened = await analyst.PostAsync("/api/ownership/screen", null, Ct);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((2, 1), (result.GetProperty("inserted").GetInt32(), result.GetProperty("rejected").GetInt32()));
        Assert.Equal(4, result.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(("owned", 50m), (check.GetProperty("status").GetString(), check.GetProperty("aggregate_share").GetDecimal()));
        Assert.Equal("ofac:35096", check.GetProperty("paths")[0].GetProperty("listing").GetProperty("entity_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badRegime.StatusCode);
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        var created = (await screened.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").EnumerateArray().Select(static id => id.GetInt64());
        var alerts = await viewer.GetFromJsonAsync<JsonElement>($"/api/customers/O-{run}", Ct);
        var alert = alerts.GetProperty("alerts").EnumerateArray().Single(static a => a.GetProperty("kind").GetString() == "ownership");
        Assert.Contains(alert.GetProperty("id").GetInt64(), created);
        Assert.Equal("ownership:ofac", alert.GetProperty("entity_id").GetString());
        Assert.Equal(50m, alert.GetProperty("evidence").GetProperty("ownership").GetProperty("aggregate_share").GetDecimal());
    }
}
