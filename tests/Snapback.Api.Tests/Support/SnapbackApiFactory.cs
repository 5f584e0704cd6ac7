using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Snapback.Api.Tests.Support;

/// <summary>The real service, in memory, over a <see cref="TestDatabase"/> (bundled lists imported, one key of each role).</summary>
public class SnapbackApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private TestDatabase? _database;

    public SnapbackApiFactory()
        : this(TestDatabase.Inputs, new Dictionary<string, string>())
    {
    }

    /// <param name="inputs">The list files imported before the service starts; none for an empty store.</param>
    /// <param name="settings">Configuration on top of the database settings.</param>
    internal SnapbackApiFactory(IReadOnlyList<string> inputs, IReadOnlyDictionary<string, string> settings)
    {
        _inputs = inputs;
        _settings = settings;
    }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("call InitializeAsync first");

    public string DatabasePath => Database.Path;

    public string AdminKey => Database.AdminKey;

    public string AnalystKey => Database.AnalystKey;

    public string ViewerKey => Database.ViewerKey;

    /// <summary>A client sending <paramref name="key"/> in the X-Api-Key header (none when null), not following redirects.</summary>
    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_inputs, TestContext.Current.CancellationToken);
        if (_inputs.Count > 0)
        {
            await WaitUntilReadyAsync();
        }
    }

    /// <summary>Polls <c>/ready</c> until the lists are loaded (the service loads them in the background after it starts).</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = ClientWithKey(null);
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync("/ready", TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (attempt == 600)
            {
                throw new TimeoutException("the lists did not load: " + await response.Content.ReadAsStringAsync());
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
