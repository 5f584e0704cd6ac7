using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;

namespace Snapback.Api.Load;

/// <summary>
/// Starts the service on 127.0.0.1 (a free port) over a freshly imported store, then sends <see cref="LoadSettings.Requests"/> single
/// screens from <see cref="LoadSettings.Clients"/> concurrent clients and prints throughput and latency percentiles. Client and server
/// share the machine, so the figures are a floor, not a capacity.
/// </summary>
internal static class ScreenLoad
{
    public static async Task<int> RunAsync(LoadSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        using var database = await LoadDatabase.CreateAsync(cancellationToken);
        await using var app = SnapbackHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Snapback:Database", database.DatabasePath, "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.Single());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients }) { BaseAddress = address };
        http.DefaultRequestHeaders.Add("X-Api-Key", database.AnalystKey);
        await WaitUntilReadyAsync(http, cancellationToken);

        // Half listed names (hits to score and explain), half made-up names (the common case: no hit).
        var listed = database.Entities.Select(static e => e.PrimaryName).Where(static n => n.Length > 0).ToArray();
        var random = new Random(20261125);
        var names = Enumerable.Range(0, settings.Requests)
            .Select(i => i % 2 == 0 ? listed[random.Next(listed.Length)] : $"Customer {random.Next(1_000_000)} Holdings Ltd")
            .ToArray();

        await ScreenAsync(http, names[0], cancellationToken); // warm-up
        var latencies = new double[settings.Requests];
        var failures = 0;
        var next = -1;
        using var deadline = new CancellationTokenSource(settings.MaxDuration);
        var started = Stopwatch.GetTimestamp();
        var clients = Enumerable.Range(0, settings.Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < names.Length && !deadline.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await ScreenAsync(http, names[i], cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(clients);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var done = Math.Min(next, names.Length);

        var sorted = latencies.Take(done).Order().ToArray();
        output.WriteLine($"POST /api/screen on {address}: {done} requests, {settings.Clients} concurrent clients, {Environment.ProcessorCount} cores");
        output.WriteLine($"index: {database.Entities.Count} entities; names: half listed, half unlisted");
        output.WriteLine($"elapsed {elapsed.TotalSeconds:0.00} s, throughput {done / elapsed.TotalSeconds:0} req/s, failures {failures}");
        output.WriteLine($"latency ms: p50 {Percentile(sorted, 0.50):0.00}, p90 {Percentile(sorted, 0.90):0.00}, " +
            $"p99 {Percentile(sorted, 0.99):0.00}, max {sorted[^1]:0.00}");
        await app.StopAsync(cancellationToken);
        return failures == 0 ? 0 : 1;
    }

    private static async Task<bool> ScreenAsync(HttpClient http, string name, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/screen", new { name }, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            using var response = await http.GetAsync("/ready", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("the service did not become ready");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
