using Microsoft.AspNetCore.Builder;

namespace Snapback.Api.Tests.Support;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 on a free port, over its own <see cref="TestDatabase"/>, for what the in-memory server
/// cannot show: a request body still being sent while other requests come and go.
/// </summary>
internal sealed class KestrelApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelApp(WebApplication app, TestDatabase database, Uri baseAddress)
    {
        _app = app;
        Database = database;
        BaseAddress = baseAddress;
    }

    public TestDatabase Database { get; }

    public Uri BaseAddress { get; }

    /// <summary>Imports <paramref name="inputs"/>, starts the service with <paramref name="settings"/> and waits until its lists are loaded.</summary>
    public static async Task<KestrelApp> StartAsync(
        IReadOnlyList<string> inputs, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateAsync(inputs, cancellationToken);
        string[] args = ["--urls", "http://127.0.0.1:0", "--environment", "Production",
            .. database.Settings.Concat(settings).SelectMany(static s => new[] { $"--{s.Key}", s.Value })];
        var app = SnapbackHost.Build(args);
        await app.StartAsync(cancellationToken);
        var kestrel = new KestrelApp(app, database, new Uri(app.Urls.Single(static u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))));
        using var client = kestrel.Client(null);
        while (inputs.Count > 0 && !(await client.GetAsync("/ready", cancellationToken)).IsSuccessStatusCode)
        {
            await Task.Delay(100, cancellationToken);
        }

        return kestrel;
    }

    /// <summary>A client of the service sending <paramref name="key"/> in X-Api-Key (none when null), keeping cookies, not following redirects.</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
