using Microsoft.Extensions.Time.Testing;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;
using Snapback.Screening.Notifications;
using Snapback.Screening.Tests.Support;
using Snapback.Store;

namespace Snapback.Screening.Tests.Notifications;

/// <summary>
/// The dispatcher against a real store (SQLite and PostgreSQL) and real local HTTP receivers that fail, hang and recover; only the
/// clock is fake, so retries, backoff and timeouts happen when the test moves time on.
/// </summary>
public abstract class WebhookDispatcherTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("k-ada", "ada", CaseRole.Admin);
    private static readonly Actor Ana = new("k-ana", "ana", CaseRole.Analyst);
    private readonly HttpClient http = new();
    private SqlListStore? store;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqlListStore Store => store ?? throw new InvalidOperationException("store not opened");

    public async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Opens the test's database: the same one on every call, as a restarted process would.</summary>
    protected abstract Task<SqlListStore> OpenStoreAsync();

    [Fact]
    public async Task Deliver_ReceiverFailsHangsThenRecovers_RetriesWithGrowingWaitsUntilDeliveredOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(static n => n switch { 1 or 2 => 500, 3 => WebhookReceiver.Hang, _ => 204 });
        var (webhook, secret) = await AddAsync(receiver.Url);
        var seq = await AppendAsync(AuditActions.AlertCreated, "alert:7", new { alert_id = 7, customer_id = "C-1", score = 0.93 });
        var dispatcher = Dispatcher(Store, maxAttempts: 5);

        Assert.Equal(new DispatchSummary(1, 0, 1, 0), await dispatcher.DeliverPendingAsync(Ct));
        AssertWaitBetween(await DueInAsync(webhook.Id), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.Equal(DispatchSummary.None, await dispatcher.DeliverPendingAsync(Ct));
        Assert.Single(receiver.Received);

        Clock.Advance(await DueInAsync(webhook.Id));
        Assert.Equal(new DispatchSummary(1, 0, 1, 0), await dispatcher.DeliverPendingAsync(Ct));
        AssertWaitBetween(await DueInAsync(webhook.Id), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));

        Clock.Advance(await DueInAsync(webhook.Id));
        var hanging = dispatcher.DeliverPendingAsync(Ct);
        await receiver.Hanging.Task.WaitAsync(Ct);
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new DispatchSummary(1, 0, 1, 0), await hanging);
        AssertWaitBetween(await DueInAsync(webhook.Id), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40));

        Clock.Advance(await DueInAsync(webhook.Id));
        Assert.Equal(new DispatchSummary(1, 1, 0, 0), await dispatcher.DeliverPendingAsync(Ct));
        Assert.Null(await PendingAsync(webhook.Id));

        var log = await LogAsync(webhook.Id);
        Assert.Equal([500, 500, null, 204], log.Select(a => a.StatusCode));
        Assert.Equal([null, null, "no answer within 10 s", null], log.Select(a => a.Error));
        Assert.Equal([1, 2, 3, 4], log.Select(a => a.Number));
        Assert.Equal(
            [DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Delivered], log.Select(a => a.Outcome));
        Assert.Equal(10_000, log[2].DurationMs);
        Assert.All(log, a => Assert.Equal(seq, a.Seq));

        Assert.Equal(4, receiver.Received.Count);
        Assert.All(receiver.Received, request =>
        {
            Assert.Equal(log[0].DeliveryId, request.DeliveryId);
            Assert.True(request.SignatureVerifies(secret));
            Assert.Equal(seq, request.Seq);
            Assert.Equal(AuditActions.AlertCreated, request.Headers["Snapback-Event"]);
            Assert.Equal(AuditActions.AlertCreated, request.Payload.GetProperty("event").GetString());
            Assert.Equal("alert:7", request.Payload.GetProperty("subject").GetString());
            Assert.Equal("C-1", request.Payload.GetProperty("data").GetProperty("customer_id").GetString());
            Assert.Equal("ana", request.Payload.GetProperty("actor").GetProperty("name").GetString());
        });
        Assert.False(receiver.Received[0].SignatureVerifies(secret + "x"));
    }

    [Fact(Timeout = 120_000)]
    public async Task Deliver_OneReceiverHangs_OtherWebhooksAreServedMeanwhile()
    {
        await using var hangs = await WebhookReceiver.StartAsync(static n => n == 1 ? WebhookReceiver.Hang : 204);
        await using var answers = await WebhookReceiver.StartAsync();
        var (slow, _) = await AddAsync(hangs.Url);
        var (fast, _) = await AddAsync(answers.Url);
        var first = await AppendAsync(AuditActions.AlertCreated, "alert:1", new { alert_id = 1 });
        var second = await AppendAsync(AuditActions.AlertCreated, "alert:2", new { alert_id = 2 });

        var pass = Dispatcher(Store, maxAttempts: 5).DeliverPendingAsync(Ct);
        await hangs.Hanging.Task.WaitAsync(Ct);
        Assert.Equal(first, (await answers.NextAsync(Ct)).Seq);
        Assert.Equal(second, (await answers.NextAsync(Ct)).Seq);

        // Moving the clock would also cut a request still in flight, so first let the second answer be recorded.
        while ((await LogAsync(fast.Id)).Count < 2)
        {
            await Task.Delay(10, Ct);
        }

        Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(new DispatchSummary(3, 2, 1, 0), await pass);
        Assert.Equal([DeliveryStatus.Delivered, DeliveryStatus.Delivered], (await LogAsync(fast.Id)).Select(a => a.Outcome));
        Assert.Equal(first, (await PendingAsync(slow.Id))?.Seq);
    }

    [Fact]
    public async Task Deliver_MixedEvents_SendsOnlyWhatTheFilterLetsThroughInTrailOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await AppendAsync(AuditActions.AlertCreated, "alert:0", new { alert_id = 0 });
        var (webhook, _) = await AddAsync(receiver.Url, "alert.created,monitor.run.completed");
        List<long> expected = [await AppendAsync(AuditActions.AlertCreated, "alert:1", new { alert_id = 1 })];
        await AppendAsync(AuditActions.DecisionProposed, "alert:1", new { decision = "false-positive" });
        expected.Add(await AppendAsync("monitor.run.completed", "run:1", new { raised = 2 }));
        expected.Add(await AppendAsync(AuditActions.AlertCreated, "alert:2", new { alert_id = 2 }));
        await AppendAsync(AuditActions.AlertUpdated, "alert:1", new { alert_id = 1 });
        expected.Add(await AppendAsync(AuditActions.AlertCreated, "alert:3", new { alert_id = 3 }));
        var dispatcher = Dispatcher(Store, maxAttempts: 5);

        Assert.Equal(new DispatchSummary(4, 4, 0, 0), await dispatcher.DeliverPendingAsync(Ct));
        Assert.Equal(expected, receiver.Received.Select(r => r.Seq));
        Assert.Equal(["alert.created", "monitor.run.completed", "alert.created", "alert.created"],
            receiver.Received.Select(r => r.Headers["Snapback-Event"]));

        var head = await AppendAsync(AuditActions.AlertUpdated, "alert:3", new { alert_id = 3 });
        Assert.Equal(DispatchSummary.None, await dispatcher.DeliverPendingAsync(Ct));
        Assert.Equal(head, (await new WebhookService(Store.Webhooks, Clock).GetAsync(webhook.Id, Admin, Ct))?.Cursor);
    }

    [Fact]
    public async Task Deliver_DispatcherStoppedMidRequest_NextStartResendsOnlyThatOneAndLosesNothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync(static n => n == 2 ? WebhookReceiver.Hang : 204);
        var (webhook, _) = await AddAsync(receiver.Url);
        List<long> expected = [];
        for (var i = 1; i <= 3; i++)
        {
            expected.Add(await AppendAsync(AuditActions.AlertCreated, $"alert:{i}", new { alert_id = i }));
        }

        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            var pass = Dispatcher(Store, maxAttempts: 5).DeliverPendingAsync(stop.Token);
            await receiver.Hanging.Task.WaitAsync(Ct);
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);
        }

        expected.Add(await AppendAsync(AuditActions.AlertCreated, "alert:4", new { alert_id = 4 }));
        var restarted = await OpenStoreAsync();
        Assert.Equal(new DispatchSummary(3, 3, 0, 0), await Dispatcher(restarted, maxAttempts: 5).DeliverPendingAsync(Ct));

        var received = receiver.Received;
        Assert.Equal([expected[0], expected[1], expected[1], expected[2], expected[3]], received.Select(r => r.Seq));
        Assert.Equal(received[1].DeliveryId, received[2].DeliveryId);
        Assert.Equal(expected, received.DistinctBy(r => r.DeliveryId).Select(r => r.Seq));
        Assert.Equal(expected, (await LogAsync(webhook.Id)).Select(a => a.Seq));
    }

    [Fact]
    public async Task Deliver_AttemptsRunOut_MarksTheDeliveryFailedAndMovesOn()
    {
        await using var receiver = await WebhookReceiver.StartAsync(static n => n <= 3 ? 503 : 200);
        var (webhook, _) = await AddAsync(receiver.Url);
        var first = await AppendAsync(AuditActions.AlertCreated, "alert:1", new { alert_id = 1 });
        var second = await AppendAsync(AuditActions.AlertCreated, "alert:2", new { alert_id = 2 });
        var dispatcher = Dispatcher(Store, maxAttempts: 3);

        Assert.Equal(new DispatchSummary(1, 0, 1, 0), await dispatcher.DeliverPendingAsync(Ct));
        Clock.Advance(await DueInAsync(webhook.Id));
        Assert.Equal(new DispatchSummary(1, 0, 1, 0), await dispatcher.DeliverPendingAsync(Ct));
        Clock.Advance(await DueInAsync(webhook.Id));
        Assert.Equal(new DispatchSummary(2, 1, 0, 1), await dispatcher.DeliverPendingAsync(Ct));

        var log = await LogAsync(webhook.Id);
        Assert.Equal([first, first, first, second], log.Select(a => a.Seq));
        Assert.Equal(
            [DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Failed, DeliveryStatus.Delivered], log.Select(a => a.Outcome));
        Assert.Equal([first, first, first, second], receiver.Received.Select(r => r.Seq));
    }

    [Fact]
    public async Task Deliver_FromAnEarlierSeqThenRemoved_ReplaysThoseRowsThenSendsNothingMore()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await AppendAsync(AuditActions.AlertCreated, "alert:1", new { alert_id = 1 });
        var second = await AppendAsync(AuditActions.AlertCreated, "alert:2", new { alert_id = 2 });
        var (webhook, _) = await AddAsync(receiver.Url, fromSeq: first);
        var dispatcher = Dispatcher(Store, maxAttempts: 5);

        Assert.Equal(new DispatchSummary(2, 2, 0, 0), await dispatcher.DeliverPendingAsync(Ct));
        Assert.True(await new WebhookService(Store.Webhooks, Clock).RemoveAsync(webhook.Id, Admin, Ct));
        await AppendAsync(AuditActions.AlertCreated, "alert:3", new { alert_id = 3 });

        Assert.Equal(DispatchSummary.None, await dispatcher.DeliverPendingAsync(Ct));
        Assert.Equal([first, second], receiver.Received.Select(r => r.Seq));
    }

    private static void AssertWaitBetween(TimeSpan wait, TimeSpan least, TimeSpan most) =>
        Assert.InRange(wait, least, most);

    private WebhookDispatcher Dispatcher(SqlListStore on, int maxAttempts) => new(on.Webhooks, http, new WebhookOptions
    {
        Timeout = TimeSpan.FromSeconds(10),
        MaxAttempts = maxAttempts,
        FirstRetryDelay = TimeSpan.FromSeconds(10),
        MaxRetryDelay = TimeSpan.FromHours(1),
    }, Clock);

    private async Task<(Webhook Webhook, string Secret)> AddAsync(string url, string events = AuditActions.AlertCreated, long? fromSeq = null) =>
        await new WebhookService(Store.Webhooks, Clock).AddAsync(url, events, null, fromSeq, Admin, Ct);

    private async Task<long> AppendAsync<T>(string action, string subject, T data)
    {
        await using var session = await Store.Cases.BeginAsync(Ct);
        var entry = await session.AppendAuditAsync(AuditDraft.Of(Clock.GetUtcNow(), Ana, action, subject, data), Ct);
        await session.CommitAsync(Ct);
        return entry.Seq;
    }

    private async Task<WebhookDelivery?> PendingAsync(string webhookId)
    {
        await using var session = await Store.Webhooks.BeginReadAsync(Ct);
        return await session.PendingDeliveryAsync(webhookId, Ct);
    }

    /// <summary>How long until the webhook's pending delivery is due.</summary>
    private async Task<TimeSpan> DueInAsync(string webhookId) =>
        ((await PendingAsync(webhookId))?.NextAttemptAt ?? throw new InvalidOperationException("nothing pending")) - Clock.GetUtcNow();

    /// <summary>The webhook's delivery log, oldest first.</summary>
    private async Task<IReadOnlyList<WebhookAttempt>> LogAsync(string webhookId) =>
        [.. (await new WebhookService(Store.Webhooks, Clock).DeliveriesAsync(webhookId, 100, Admin, Ct)).Reverse()];
}
