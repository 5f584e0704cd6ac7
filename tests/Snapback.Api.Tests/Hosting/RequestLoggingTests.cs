using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

/// <summary>Names screened are personal data: they never reach the log, whichever way they are screened.</summary>
public sealed class RequestLoggingTests(SnapbackApiFactory app)
{
    private const string Surname = "Quuxbaumova";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_ThroughThePagesAndTheApi_NeverLogsTheName()
    {
        var capture = new LogCapture();
        await using var logged = app.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(capture)));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false });
        while (!(await client.GetAsync("/ready", Ct)).IsSuccessStatusCode)
        {
            await Task.Delay(100, Ct);
        }

        var name = "Zelda " + Surname;
        using (var signIn = await UiSession.SignInAsync(client, app.AnalystKey))
        using (var search = await UiSession.PostFormAsync(client, "/", "/", new Dictionary<string, string> { ["name"] = name }))
        using (var fromQuery = await client.GetAsync("/?name=" + Uri.EscapeDataString(name), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fromQuery.StatusCode);
        }

        client.DefaultRequestHeaders.Add("X-Api-Key", app.AnalystKey);
        using (var single = await client.PostAsJsonAsync("/api/screen?threshold=0.5", new { name }, Ct))
        using (var batch = await client.PostAsJsonAsync("/api/screen/batch", new { parties = new[] { new { name } } }, Ct))
        using (var stream = await client.PostAsync(
            "/api/screen/stream", new StringContent($"{{\"name\":\"{name}\"}}\n{{\"name\":\"{name}\",\"kind\":\"x\"}}\n", Encoding.UTF8, "application/x-ndjson"), Ct))
        using (var bad = await client.PostAsJsonAsync("/api/screen", new { name, birth_date = "31/12/1970" }, Ct))
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest],
                new[] { single.StatusCode, batch.StatusCode, stream.StatusCode, bad.StatusCode });
        }

        Assert.Contains(capture.Entries, static e => e.Contains("Loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Entries, static e => e.Contains(Surname, StringComparison.OrdinalIgnoreCase));
    }
}
