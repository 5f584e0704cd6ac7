using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Snapback.Api.Auth;

namespace Snapback.Api.Tests.Support;

/// <summary>
/// The real service over a real SQLite file in a fresh temp folder, with a bootstrap admin key and one key of each role made through the
/// real key store.
/// </summary>
public class SnapbackApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snapback-api-tests-" + Guid.NewGuid().ToString("N"));

    public SnapbackApiFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "snapback.db");
    }

    public string DatabasePath { get; }

    public string AdminKey { get; } = "test-admin-" + Guid.NewGuid().ToString("N");

    public string ViewerKey { get; private set; } = "";

    public string AnalystKey { get; private set; } = "";

    /// <summary>A client sending <paramref name="key"/> in the X-Api-Key header (none when null).</summary>
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

    public virtual async ValueTask InitializeAsync()
    {
        var keys = Services.GetRequiredService<ApiKeyStore>();
        ViewerKey = (await keys.CreateAsync("viewer test key", ApiRoles.Viewer, TestContext.Current.CancellationToken)).Secret;
        AnalystKey = (await keys.CreateAsync("analyst test key", ApiRoles.Analyst, TestContext.Current.CancellationToken)).Secret;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Snapback:Database", DatabasePath);
        builder.UseSetting("Snapback:AdminKey", AdminKey);
        builder.UseEnvironment("Development");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform; the temp folder is cleaned by the OS.
        }
    }
}
