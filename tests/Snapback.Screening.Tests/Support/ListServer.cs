using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Snapback.Screening.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 with a random port, answering each request with the test's own handler.</summary>
internal sealed class ListServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<IHeaderDictionary> requests = [];

    private ListServer(WebApplication app) => this.app = app;

    /// <summary>Answers a request; the argument is the 1-based number of the request.</summary>
    public Func<HttpContext, int, Task> Handler { get; set; } = (context, _) =>
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    };

    public Uri Url => new(app.Urls.First() + "/lists/consolidated.xml");

    public IReadOnlyList<IHeaderDictionary> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<ListServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ListServer(app);
        app.Run(context =>
        {
            int number;
            lock (server.requests)
            {
                server.requests.Add(new HeaderDictionary(context.Request.Headers.ToDictionary()));
                number = server.requests.Count;
            }

            return server.Handler(context, number);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return server;
    }

    /// <summary>Serves a file as XML with an ETag, answering 304 when the client already has that ETag.</summary>
    public static async Task ServeFileAsync(HttpContext context, string path, string etag)
    {
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = "application/xml";
        context.Response.Headers.ETag = etag;
        await context.Response.SendFileAsync(path, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
