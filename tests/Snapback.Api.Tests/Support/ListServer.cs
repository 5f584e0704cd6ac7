using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Snapback.Api.Tests.Support;

/// <summary>A local stand-in for an official list server: serves one real list file over HTTP on 127.0.0.1.</summary>
internal sealed class ListServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ListServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The file's address.</summary>
    public Uri Url { get; }

    public static async Task<ListServer> StartAsync(string file, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        var app = builder.Build();
        app.MapGet("/consolidated.xml", () => Results.File(file, "application/xml"));
        await app.StartAsync(cancellationToken);
        return new ListServer(app, new Uri(app.Urls.First() + "/consolidated.xml"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
