using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.BrowserTests.Pages;

/// <summary>An analyst's path through the UI: search, open the entity, see what the UN's snapback re-listing changed, screen a file.</summary>
[Trait("Category", "Browser")]
public sealed class AnalystFlowTests(BrowserApp app)
{
    private static readonly System.Xml.Linq.XElement Relisted = UnXml.Entries(TestDatabase.UnSnapback)
        .First(static e => UnXml.Reference(e).StartsWith("IRi.", StringComparison.Ordinal)
            && !UnXml.References(TestDatabase.UnBefore, "IRi.").Contains(UnXml.Reference(e)));

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task Search_ThenEntity_ShowsTheListingAndItsHistory()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.AnalystKey);
        var id = "un:" + UnXml.Reference(Relisted);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(UnXml.Name(Relisted));
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();

        var result = page.Locator($"a[href='/entities/{Uri.EscapeDataString(id)}']");
        await Assertions.Expect(result).ToBeVisibleAsync();
        Assert.True(await result.Locator("mark").CountAsync() > 0, "matched tokens are highlighted");
        await AccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "search");

        await result.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History across snapshots" })).ToBeVisibleAsync();
        Assert.Contains(id, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("table").Last.GetByText("listed", new() { Exact = true })).ToBeVisibleAsync();
        await AccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "entity");

        await page.GetByLabel("As of", new() { Exact = true }).FillAsync("2025-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Not listed", new() { Exact = true })).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task Changes_UnBeforeToSnapback_CountsEveryAddedEntry()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.ViewerKey);
        var added = UnXml.Entries(TestDatabase.UnSnapback).Select(UnXml.Reference)
            .Except(UnXml.Entries(TestDatabase.UnBefore).Select(UnXml.Reference), StringComparer.Ordinal).Count();

        await page.GotoAsync("/changes/un");
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = await OptionAsync(page, "from", "2025-04-19") });
        await page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = await OptionAsync(page, "to", "2025-11-29") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"{added} added", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = UnXml.Name(Relisted), Exact = false }).First).ToBeVisibleAsync();
        await AccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "changes");
        await page.CloseAsync();
    }

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task Batch_UploadCsv_ShowsProgress_ThenDownloadsOneResultPerParty()
    {
        var names = UnXml.Entries(TestDatabase.UnSnapback).Select(UnXml.Name).Where(static n => n.Length > 0).Take(300).ToList();
        var csv = new StringBuilder("id,name,birth_date\n");
        for (var i = 0; i < names.Count; i++)
        {
            csv.Append("c").Append(i).Append(",\"").Append(names[i]).Append("\",\n");
        }

        csv.Append("bad,Someone,31/12/1999\n");
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.AnalystKey);
        await page.GotoAsync("/batch");
        await AccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "batch-upload");

        await page.GetByLabel("Customer file", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "customers.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen file" }).ClickAsync();
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download results (CSV)" });
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{names.Count + 1} rows read, {names.Count} screened");
        await BrowserApp.ScreenshotAsync(page, "batch");

        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await file.PathAsync(), TestContext.Current.CancellationToken)).Skip(1).ToList();
        var ids = lines.Select(static l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(names.Count + 1, ids.Count);
        Assert.Contains(lines, static l => l.StartsWith("bad,", StringComparison.Ordinal) && l.Contains("birth_date", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    // The label of the first option of a select whose text starts with the date.
    private static async Task<string> OptionAsync(IPage page, string select, string date) =>
        (await page.Locator($"select#{select} option").AllInnerTextsAsync()).First(t => t.StartsWith(date, StringComparison.Ordinal));

    // Every visible form control has an accessible name, and the page has one main landmark and one h1.
    private static async Task AccessibleAsync(IPage page)
    {
        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                .filter(e => e.offsetParent !== null && e.labels.length === 0 && !e.getAttribute('aria-label'))
                .map(e => e.outerHTML)
            """);
        Assert.Empty(unlabelled);
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Matches(new Regex(".+ · Snapback"), await page.TitleAsync());
    }
}
