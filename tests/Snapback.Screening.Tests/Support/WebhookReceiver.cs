using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Snapback.Screening.Tests.Support;

/// <summary>
/// A real HTTP server taking webhook requests: it keeps each request's headers and body and answers with the status the test's
/// script gives for the request's number, or, for <see cref="Hang"/>, never answers until the caller gives up.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const int Hang = 0;

    private readonly ListServer server;
    private readonly List<ReceivedWebhook> received = [];
    private readonly Channel<ReceivedWebhook> arrivals = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookReceiver(ListServer server, Func<int, int> script)
    {
        this.server = server;
        server.Handler = async (context, number) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var request = new ReceivedWebhook(number, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()), body);
            lock (received)
            {
                received.Add(request);
            }

            arrivals.Writer.TryWrite(request);

            var status = script(number);
            if (status == Hang)
            {
                Hanging.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return;
            }

            context.Response.StatusCode = status;
        };
    }

    /// <summary>Completes when a request the script leaves hanging has arrived.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Url => new Uri(server.Url, "/hook").AbsoluteUri;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The next request to arrive (in arrival order, each once), waiting for it if needed.</summary>
    public async Task<ReceivedWebhook> NextAsync(CancellationToken cancellationToken) => await arrivals.Reader.ReadAsync(cancellationToken);

    /// <summary>Starts a receiver answering request number n (from 1) with <paramref name="script"/>(n): a status code or <see cref="Hang"/>.</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<int, int> script) => new(await ListServer.StartAsync(), script);

    public static async Task<WebhookReceiver> StartAsync() => await StartAsync(static _ => StatusCodes.Status204NoContent);

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
