using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;

namespace Snapback.Api.BrowserTests.Pages;

/// <summary>
/// The customer and entity pages show blocking by ownership with its paths. The holdings are synthetic: ofac:35096 is a real SDN
/// listing, the holding company is made up.
/// </summary>
[Trait("Category", "Browser")]
public sealed class OwnershipPagesTests(BrowserApp app)
{
    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task CustomerAndEntityPages_CustomerOwnedThroughAChain_ShowThePathAndWhatTheListingBlocks()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ct = TestContext.Current.CancellationToken;
        using (var analyst = new HttpClient { BaseAddress = app.BaseAddress })
        {
            analyst.DefaultRequestHeaders.Add("X-Api-Key", app.Database.AnalystKey);
            using var put = await analyst.PutAsJsonAsync($"/api/customers/O-{run}", new { name = $"Harbour Example Trading {run}", kind = "organization" }, ct);
            put.EnsureSuccessStatusCode();
            using var body = new StringContent(
                $"owner,owned,share\nofac:35096,Holding {run},60\nHolding {run},customer:O-{run},50\n", Encoding.UTF8, "text/csv");
            using var imported = await analyst.PostAsync(new Uri("/api/ownership/import", UriKind.Relative), body, ct);
            imported.EnsureSuccessStatusCode();
        }

        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.AnalystKey);
        await page.GotoAsync($"/customers/O-{run}");

        var section = page.Locator("section.ownership");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Ownership (OFAC)" })).ToBeVisibleAsync();
        await Assertions.Expect(section).ToContainTextAsync("Blocked by ownership");
        var path = section.Locator(".ownership-path").First;
        await Assertions.Expect(path).ToContainTextAsync("PUTIN");
        await Assertions.Expect(path).ToContainTextAsync($"Holding {run}");
        await Assertions.Expect(path).ToContainTextAsync("—60%→");
        await Assertions.Expect(path).ToContainTextAsync("—50%→");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ownership (ofac): 1 alerts raised");
        await BrowserApp.ScreenshotAsync(page, "customer-ownership");

        await page.Locator("main a[href^='/alerts/']").First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Blocked by ownership under ofac");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"ofac:35096 -60%-> party:Holding {run} -50%-> customer:O-{run}");
        await BrowserApp.ScreenshotAsync(page, "alert-ownership");

        await page.GotoAsync($"/customers/O-{run}");
        await page.Locator("section.ownership .ownership-path a[href='/entities/ofac%3A35096']").ClickAsync();
        var blocks = page.Locator("section.ownership .ownership-blocks");
        await Assertions.Expect(blocks).ToContainTextAsync($"60% of Holding {run}");
        await BrowserApp.ScreenshotAsync(page, "entity-ownership");
        await page.CloseAsync();
    }
}
