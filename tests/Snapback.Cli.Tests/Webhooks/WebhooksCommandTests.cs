using System.Text.Json;
using Snapback.Cli.Tests.Support;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Cli.Tests.Webhooks;

/// <summary>Through the real binary and a real local receiver: an alert raised by screening reaches the webhook added for it, signed.</summary>
public sealed class WebhooksCommandTests
{
    private static readonly string UnList = Path.Combine(RepoPaths.Bundled, "un-2026-02-27", "consolidated.xml.gz");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 600_000)]
    public async Task Deliver_OnSqlite_SendsTheAlertRaisedByScreeningSignedWithTheSecretShownOnce()
    {
        using var run = new CliRun();
        await FlowAsync(run, run.Database);
    }

    [Fact(Timeout = 600_000)]
    [Trait("Category", "Postgres")]
    public async Task Deliver_OnPostgres_SendsTheAlertRaisedByScreeningSignedWithTheSecretShownOnce()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        using var run = new CliRun();
        await FlowAsync(run, schema.ConnectionString);
    }

    [Fact(Timeout = 600_000)]
    public async Task Deliver_KilledWhileARequestHangs_NextRunResendsOnlyThatOneAndLosesNothing()
    {
        using var run = new CliRun();
        await using var receiver = await WebhookReceiver.StartAsync(static n => n == 2 ? WebhookReceiver.Hang : 204);
        Ok(await run.SnapbackAsync("webhooks", "add", receiver.Url, "--events", "key.created"));
        foreach (var name in (string[])["kim", "lee", "max"])
        {
            Ok(await run.SnapbackAsync("keys", "create", name, "--role", "viewer"));
        }

        using (var process = run.Start(run.Database, "webhooks", "deliver"))
        {
            await receiver.Hanging.Task.WaitAsync(Ct);
            process.Kill();
            await process.WaitForExitAsync(Ct);
        }

        var again = Ok(await run.SnapbackAsync("webhooks", "deliver"));

        Assert.Contains("2 requests: 2 delivered", again.Output, StringComparison.Ordinal);
        var received = receiver.Received;
        Assert.Equal(["kim", "lee", "lee", "max"], received.Select(static r => r.Payload.GetProperty("data").GetProperty("name").GetString()));
        Assert.Equal(received[1].DeliveryId, received[2].DeliveryId);
        Assert.Equal(3, received.Select(static r => r.DeliveryId).Distinct().Count());
    }

    private static async Task FlowAsync(CliRun run, string database)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var listed = ListReader.Read(UnList).Entities.First(static e => e.Kind == EntityKind.Person);
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "customers.csv"),
            $"id,name,kind\nC-1,\"{listed.PrimaryName}\",person\nC-2,Jane Placeholder-Nobody,person\n", Ct);
        Ok(await run.SnapbackOnAsync(database, "lists", "import", UnList));
        Ok(await run.SnapbackOnAsync(database, "keys", "create", "ana", "--role", "analyst"));
        Ok(await run.SnapbackOnAsync(database, "keys", "create", "ada", "--role", "admin"));

        var refused = await run.SnapbackOnAsync(database, "--as", "ana", "webhooks", "add", receiver.Url, "--events", "alert.created");
        var badUrl = await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "add", "ftp://example.com/", "--events", "alert.created");
        var added = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "add", receiver.Url, "--events", "alert.created"));
        var id = added.Output.Split(' ')[1];
        var secret = added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Trim();
        Ok(await run.SnapbackOnAsync(database, "--as", "ana", "customers", "import", "customers.csv"));
        Ok(await run.SnapbackOnAsync(database, "--as", "ana", "customers", "screen"));

        var delivered = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "deliver"));
        var again = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "deliver"));
        var log = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "deliveries", id, "--json"));
        var listedHooks = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "list"));
        var removed = Ok(await run.SnapbackOnAsync(database, "--as", "ada", "webhooks", "remove", id));

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("admin role", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("not an http or https URL", badUrl.Error, StringComparison.Ordinal);
        Assert.Contains("1 requests: 1 delivered, 0 to retry later, 0 failed", delivered.Output, StringComparison.Ordinal);
        Assert.Contains("0 requests", again.Output, StringComparison.Ordinal);
        var request = Assert.Single(receiver.Received);
        Assert.True(request.SignatureVerifies(secret));
        Assert.Equal("alert.created", request.Headers["Snapback-Event"]);
        Assert.Equal("ana", request.Payload.GetProperty("actor").GetProperty("name").GetString());
        Assert.Contains("C-1", request.Payload.GetProperty("data").GetRawText(), StringComparison.Ordinal);
        using var attempts = JsonDocument.Parse(log.Output);
        var attempt = Assert.Single(attempts.RootElement.EnumerateArray());
        Assert.Equal(204, attempt.GetProperty("status_code").GetInt32());
        Assert.Equal(request.DeliveryId, attempt.GetProperty("delivery_id").GetString());
        Assert.Contains(id, listedHooks.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listedHooks.Output, StringComparison.Ordinal);
        Assert.Contains("removed", removed.Output, StringComparison.Ordinal);
        Assert.Equal("valid", await ShellCheckAsync(run, request, secret));
        Assert.Equal("INVALID", await ShellCheckAsync(run, request, secret + "x"));
    }

    /// <summary>Runs the shell signature check of docs/notifications.md, as written there, on the request as received.</summary>
    private static async Task<string> ShellCheckAsync(CliRun run, ReceivedWebhook request, string secret)
    {
        var doc = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "docs", "notifications.md"), Ct);
        var start = Array.FindIndex(doc, static line => line.StartsWith("expected=\"sha256=", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/notifications.md has no shell check");
        await File.WriteAllTextAsync(Path.Combine(run.Folder, "body.json"), request.Body, Ct);
        var script = $"ts='{request.Headers["Snapback-Timestamp"]}'; sig='{request.Headers["Snapback-Signature"]}'; secret='{secret}'\n" +
            doc[start] + "\n" + doc[start + 1];
        var result = await run.ShellAsync(script, run.Folder);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim();
    }

    private static CliRun.Result Ok(CliRun.Result result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
