using Microsoft.Playwright;
using Snapback.Api.BrowserTests.Support;

namespace Snapback.Api.BrowserTests.Pages;

[Trait("Category", "Browser")]
public sealed class SignInPageTests(BrowserApp app)
{
    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task UnknownKey_StaysOnSignIn_WithAnError()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "sbk_wrong");

        Assert.EndsWith("/signin", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("unknown", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await BrowserApp.ScreenshotAsync(page, "signin-error");
        await page.CloseAsync();
    }

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task AnalystKey_SignsIn_WithAnHttpOnlyStrictCookie()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/signin", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "signin");

        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(app.Database.AnalystKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), static c => c.Name == "snapback.ui");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
        await page.CloseAsync();
    }

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task ViewerKey_OnSearch_IsDenied()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, app.Database.ViewerKey);

        Assert.Equal("/denied", new Uri(page.Url).AbsolutePath);
        await page.CloseAsync();
    }

    [Fact(Timeout = BrowserApp.TestTimeout)]
    public async Task SkipLink_IsTheFirstTabStop_AndVisibleWhenFocused()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Keyboard.PressAsync("Tab");

        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        Assert.Equal("Skip to content", focused.Trim());
        var top = await page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top");
        Assert.True(top >= 0, "the focused skip link is on screen");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        await page.CloseAsync();
    }
}
