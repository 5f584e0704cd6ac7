using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

/// <summary>Customers, alerts and four-eyes decisions over HTTP with real keys of each role, on the bundled lists.</summary>
public sealed class AlertsApiTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_OwnProposal_Is403NamingTheFourEyesRule_AndAnotherApproverCloses()
    {
        await app.WaitUntilReadyAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        var cat = await KeyAsync($"cat {run}", "approver");
        var bob = await KeyAsync($"bob {run}", "approver");
        using var analyst = app.ClientWithKey(app.AnalystKey);
        using var catClient = app.ClientWithKey(cat);
        using var bobClient = app.ClientWithKey(bob);
        using var viewer = app.ClientWithKey(app.ViewerKey);
        var customer = $"C-{run}";

        using (var put = await analyst.PutAsJsonAsync($"/api/customers/{customer}", new { name = "Vladimir Putin", kind = "person", birth_date = "1952-10-07" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var screened = await PostAsync(analyst, $"/api/customers/{customer}/screen", null, HttpStatusCode.OK);
        var alert = screened.GetProperty("created")[0].GetInt64();
        await PostAsync(catClient, $"/api/alerts/{alert}/proposals", new { decision = "false-positive", reason = "different person" }, HttpStatusCode.OK);

        using var own = await catClient.PostAsJsonAsync($"/api/alerts/{alert}/approve", new { note = "mine" }, Ct);
        var fourEyes = await Problem.ReadAsync(own, HttpStatusCode.Forbidden);
        using var low = await analyst.PostAsJsonAsync($"/api/alerts/{alert}/approve", new { }, Ct);
        var role = await Problem.ReadAsync(low, HttpStatusCode.Forbidden);
        using var notAllowed = await viewer.PostAsJsonAsync($"/api/alerts/{alert}/proposals", new { decision = "true-match", reason = "x" }, Ct);
        var closed = await PostAsync(bobClient, $"/api/alerts/{alert}/approve", new { note = "agreed" }, HttpStatusCode.OK);
        using var twice = await bobClient.PostAsJsonAsync($"/api/alerts/{alert}/approve", new { }, Ct);
        var again = await PostAsync(analyst, $"/api/customers/{customer}/screen", null, HttpStatusCode.OK);

        Assert.StartsWith("Four-eyes rule", fourEyes.Title, StringComparison.Ordinal);
        Assert.Equal("FourEyes", fourEyes.Root.GetProperty("rule").GetString());
        Assert.Equal("RoleRequired", role.Root.GetProperty("rule").GetString());
        Assert.Contains("approver role", role.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("false_positive", closed.GetProperty("outcome").GetString());
        Assert.Equal(409, (await Problem.ReadAsync(twice, HttpStatusCode.Conflict)).Status);
        Assert.True(again.GetProperty("suppressed").GetInt64() >= 1);
        Assert.DoesNotContain(alert, again.GetProperty("created").EnumerateArray().Select(static id => id.GetInt64()));

        using (var assigned = await analyst.PutAsJsonAsync($"/api/alerts/{alert}/assignee", new { assignee = "ana" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        }

        var detail = await viewer.GetFromJsonAsync<JsonElement>($"/api/alerts/{alert}", Ct);
        Assert.Equal("ana", detail.GetProperty("alert").GetProperty("assignee").GetString());
        var proposal = detail.GetProperty("proposals")[0];
        Assert.Equal(($"cat {run}", $"bob {run}", "approved"),
            (proposal.GetProperty("proposed_by_name").GetString(), proposal.GetProperty("reviewed_by_name").GetString(), proposal.GetProperty("state").GetString()));
        Assert.Equal(customer, detail.GetProperty("alert").GetProperty("evidence").GetProperty("query").GetProperty("id").GetString());
        var verified = await PostAsync(viewer, "/api/audit/verify", null, HttpStatusCode.OK);
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        var csv = await viewer.GetStringAsync("/api/audit/export?format=csv", Ct);
        Assert.Contains($",bob {run},decision.approved,alert:{alert},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCustomers_CsvWithABadRow_ImportsTheRestAndReportsTheRow()
    {
        using var analyst = app.ClientWithKey(app.AnalystKey);
        var run = Guid.NewGuid().ToString("N")[..8];
        using var body = new StringContent($"id,name,kind\nA-{run},Anna Example,person\nB-{run},,person\n", Encoding.UTF8, "text/csv");

        using var response = await analyst.PostAsync("/api/customers/import", body, Ct);
        using var missing = await analyst.GetAsync("/api/alerts/987654321", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((1, 1), (result.GetProperty("inserted").GetInt32(), result.GetProperty("rejected").GetInt32()));
        Assert.Equal(3, result.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var customer = await analyst.GetFromJsonAsync<JsonElement>($"/api/customers/A-{run}", Ct);
        Assert.Equal("Anna Example", customer.GetProperty("customer").GetProperty("record").GetProperty("name").GetString());
    }

    private async Task<string> KeyAsync(string name, string role)
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/keys", new { name, role }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body, HttpStatusCode expected)
    {
        using var response = body is null ? await client.PostAsync(path, null, Ct) : await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
