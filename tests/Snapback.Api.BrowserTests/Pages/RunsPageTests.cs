using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;

namespace Snapback.Api.BrowserTests.Pages;

/// <summary>
/// The monitoring runs in the UI: the lists imported before the service started recorded runs, which the service ran at start; a
/// viewer finds them on the Runs page and opens one.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RunsPageTests(BrowserApp app)
{
    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task Runs_ListThenOpenARun_ShowsItsListChangeAndState()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.ViewerKey);
        await page.GetByRole(AriaRole.Link, new() { Name = "Runs", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Monitoring runs" })).ToBeVisibleAsync();

        // The UN snapback publication (2025-11-29) follows 2025-04-19: its run counts the re-listed entries as added.
        var row = page.Locator("tbody tr").Filter(new() { HasText = "un #1 → #2" });
        await Assertions.Expect(row).ToContainTextAsync("completed", new() { Timeout = 120_000 });
        await BrowserApp.ScreenshotAsync(page, "runs");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Monitoring run #");
        await Assertions.Expect(page.Locator("#run-state")).ToHaveTextAsync("completed");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("un: snapshot #1 → #2");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "run");
        await page.CloseAsync();
    }
}
