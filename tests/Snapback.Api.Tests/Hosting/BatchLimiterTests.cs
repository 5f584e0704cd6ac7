using System.Net;
using System.Net.Sockets;
using System.Net.Http.Json;
using System.Text;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

/// <summary>
/// The batch limit, with one turn and no queue so the outcome does not depend on timing: while a stream holds the only turn, a batch
/// is refused with 503 and Retry-After, single screens and health still answer, and the next batch runs once the stream ends.
/// </summary>
public sealed class BatchLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Batch_WhileAStreamHoldsTheOnlyTurn_Is503WithRetryAfter_AndSingleScreensStillAnswer()
    {
        await using var app = await KestrelApp.StartAsync(
            [TestDatabase.UnBefore],
            new Dictionary<string, string> { ["Snapback:MaxConcurrentBatches"] = "1", ["Snapback:BatchQueueLength"] = "0" },
            Ct);
        using var client = app.Client(app.Database.AnalystKey);

        // A raw HTTP/1.1 request whose chunked body stays open: the stream runs, and holds the only turn, until the last chunk is sent.
        using var socket = new TcpClient();
        await socket.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port, Ct);
        var connection = socket.GetStream();
        var line = """{"id":"s1","name":"Ali Akbar"}""" + "\n";
        await connection.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/screen/stream HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nX-Api-Key: {app.Database.AnalystKey}\r\n"
            + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + $"{Encoding.UTF8.GetByteCount(line):x}\r\n{line}\r\n"), Ct);
        var head = await ReadHeadAsync(connection);
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);

        // Blank lines (skipped by the reader) keep the body above Kestrel's minimum data rate, however slow this machine is.
        using var feeding = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var feeder = FeedBlankLinesAsync(connection, feeding.Token);

        using (var busy = await client.PostAsJsonAsync("/api/screen/batch", new { parties = new[] { new { name = "Ali Akbar" } } }, Ct))
        {
            await Problem.ReadAsync(busy, HttpStatusCode.ServiceUnavailable);
            Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
        }

        using (var single = await client.PostAsJsonAsync("/api/screen", new { name = "Ali Akbar" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        }

        using (var health = await client.GetAsync("/health", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        await feeding.CancelAsync();
        await feeder;
        await connection.WriteAsync("0\r\n\r\n"u8.ToArray(), Ct);
        using var rest = new StreamReader(connection, Encoding.UTF8);
        Assert.Contains("\"id\":\"s1\"", await rest.ReadToEndAsync(Ct), StringComparison.Ordinal);

        using var after = await client.PostAsJsonAsync("/api/screen/batch", new { parties = new[] { new { name = "Ali Akbar" } } }, Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task FeedBlankLinesAsync(NetworkStream connection, CancellationToken cancellationToken)
    {
        var blank = Encoding.ASCII.GetBytes($"{64:x}\r\n{new string(' ', 63)}\n\r\n");
        try
        {
            while (true)
            {
                await Task.Delay(100, cancellationToken);
                await connection.WriteAsync(blank, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Done: the test sends the last chunk itself.
        }
    }

    // The status line and headers, read byte by byte up to the blank line so nothing of the body is taken.
    private static async Task<string> ReadHeadAsync(NetworkStream connection)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await connection.ReadAsync(one, Ct) == 1)
        {
            head.Append((char)one[0]);
        }

        return head.ToString();
    }
}
