using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;

namespace Snapback.Api.BrowserTests.Pages;

/// <summary>The Scan page: a pasted news paragraph comes back with its mentions highlighted and listed beside it.</summary>
[Trait("Category", "Browser")]
public sealed class ScanPageTests(BrowserApp app)
{
    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task Scan_NewsParagraph_HighlightsEachMentionAndListsItsEntity()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.AnalystKey);
        await page.GotoAsync("/scan");

        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(
            "Sanctions on President Vladimir Putin's inner circle widened; Sergei Lavrov said the bank in Moscow would appeal.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 mentions" })).ToBeVisibleAsync();
        var marks = page.Locator(".scan-text mark");
        Assert.Equal(["Vladimir Putin", "Sergei Lavrov"], await marks.AllInnerTextsAsync());
        var first = page.Locator("#mention-item-1");
        await Assertions.Expect(first.Locator("a[href^='/entities/']").First).ToBeVisibleAsync();
        Assert.Contains("PUTIN", await first.InnerTextAsync(), StringComparison.Ordinal);

        await marks.First.Locator("a").ClickAsync();
        Assert.EndsWith("#mention-item-1", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "scan");
        await page.CloseAsync();
    }
}
