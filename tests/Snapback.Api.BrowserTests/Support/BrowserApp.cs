using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.BrowserTests.Support;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 on a free port, started through <see cref="SnapbackHost"/> (the entry the CLI's
/// <c>serve</c> uses) over a <see cref="TestDatabase"/>, and Debian's headless Chromium with a fresh profile, driven by Playwright.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "snapback-chromium-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not started");

    /// <summary>Where the service listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The longest one browser test may take, so a stuck browser fails the test instead of holding up the run.</summary>
    public const int TestTimeout = 180_000;

    /// <summary>Where screenshots are written.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run .ci/chromium.sh (installs Debian's chromium).");
        }

        _database = await TestDatabase.CreateAsync(TestDatabase.Inputs, cancellationToken);
        string[] args = ["--urls", "http://127.0.0.1:0", "--environment", "Production",
            .. _database.Settings.SelectMany(static s => new[] { $"--{s.Key}", s.Value })];
        _app = SnapbackHost.Build(args);
        await _app.StartAsync(cancellationToken);
        BaseAddress = new Uri(_app.Urls.Single(static u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        await WaitUntilReadyAsync(BaseAddress, cancellationToken);

        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
    }

    // The service answers before its lists are loaded (/ready says 503 until then); a page screened before that has nothing to show.
    private static async Task WaitUntilReadyAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/ready", UriKind.Relative), timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>A new tab with no session cookie.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("not started");
        await browser.ClearCookiesAsync();
        var page = await browser.NewPageAsync();
        // The machine is small and shared: be patient with the page, never with the outcome.
        page.SetDefaultTimeout(60_000);
        return page;
    }

    /// <summary>Signs in on the sign-in page with <paramref name="key"/>.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/<paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage("screenshot: {0}", path);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                // Chromium did not close in time; disposing Playwright below ends its driver, which ends the browser.
            }
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile while it exits.
        }
    }
}
