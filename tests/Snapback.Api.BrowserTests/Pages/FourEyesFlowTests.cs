using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;

namespace Snapback.Api.BrowserTests.Pages;

/// <summary>
/// Two people and four eyes in the UI: one approver screens a customer and proposes a false positive, cannot approve it themself,
/// a second approver approves it, the pair stays quiet on the next screen, and a changed customer brings it back, naming the change.
/// </summary>
[Trait("Category", "Browser")]
public sealed class FourEyesFlowTests(BrowserApp app)
{
    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task FalsePositive_ProposerCannotApprove_SecondApproverCan_ThenAChangeAlertsAgain()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var cat = await KeyAsync($"cat {run}");
        var bob = await KeyAsync($"bob {run}");
        var customer = $"C-{run}";
        await PutCustomerAsync(cat, customer, "1952-10-07");

        var first = await app.NewPageAsync();
        await BrowserApp.SignInAsync(first, cat);
        await first.GotoAsync($"/customers/{customer}");
        await first.GetByRole(AriaRole.Button, new() { Name = "Screen now" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("alerts raised");
        await first.Locator("main a[href^='/alerts/']").First.ClickAsync();
        var alertPath = new Uri(first.Url).AbsolutePath;
        await first.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync("false-positive");
        await first.GetByLabel("Reason", new() { Exact = true }).FillAsync("born in another year, other city");
        await first.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("second person");
        await first.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Alert)).ToContainTextAsync("four-eyes rule");
        await Assertions.Expect(first.Locator("#alert-status")).ToHaveTextAsync("proposed");
        await BrowserApp.ScreenshotAsync(first, "alert-four-eyes-refused");
        await first.CloseAsync();

        var second = await app.NewPageAsync();
        await BrowserApp.SignInAsync(second, bob);
        await second.GotoAsync("/approvals");
        await second.Locator($"a[href='{alertPath}']").ClickAsync();
        await second.GetByLabel("Note", new() { Exact = true }).FillAsync("agreed");
        await second.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(second.Locator("#alert-status")).ToHaveTextAsync("closed");
        await BrowserApp.ScreenshotAsync(second, "alert-approved");

        await second.GotoAsync($"/customers/{customer}");
        await second.GetByRole(AriaRole.Button, new() { Name = "Screen now" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex("0 alerts raised.*[1-9]\\d* suppressed"));

        await PutCustomerAsync(cat, customer, "1952-10-08");
        await second.GetByRole(AriaRole.Button, new() { Name = "Screen now" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("1 alerts raised");
        var alerts = await second.Locator("main a[href^='/alerts/']").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        var back = alerts.Select(static href => long.Parse(href.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).Max();
        await second.GotoAsync($"/alerts/{back}");
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "What changed since the false positive was approved" })).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("main")).ToContainTextAsync("customer.birth_date");
        await BrowserApp.ScreenshotAsync(second, "alert-back-after-change");

        await second.GotoAsync("/audit");
        await second.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await Assertions.Expect(second.Locator("#verification")).ToContainTextAsync("The chain holds");
        await BrowserApp.ScreenshotAsync(second, "audit");
        await second.CloseAsync();
    }

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<string> KeyAsync(string name)
    {
        using var admin = Client(app.Database.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/keys", new { name, role = "approver" }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("secret").GetString()!;
    }

    private async Task PutCustomerAsync(string key, string id, string birthDate)
    {
        using var client = Client(key);
        using var response = await client.PutAsJsonAsync($"/api/customers/{id}",
            new { name = "Vladimir Putin", kind = "person", birth_date = birthDate, country = "RU" }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
