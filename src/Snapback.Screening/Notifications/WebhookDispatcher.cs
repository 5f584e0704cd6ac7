using System.Globalization;
using System.Net.Http.Headers;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Notifications;

/// <summary>
/// Hands audit events to webhooks. Each webhook reads the trail after its cursor; the next row its filter lets through becomes a
/// delivery, and the cursor moves past it in the same transaction. A delivery is attempted until the receiver answers 2xx or the
/// attempts run out, with growing waits between; each attempt, its log row and the delivery's new state commit together, so a crash
/// re-sends at most the request in flight (with the same <c>Snapback-Delivery</c> id). A webhook's events go out one at a time, in
/// trail order; webhooks are served side by side, and a request that hangs is cut at <see cref="WebhookOptions.Timeout"/>.
/// </summary>
public sealed class WebhookDispatcher(IWebhookStore store, HttpClient http, WebhookOptions options, TimeProvider time)
{
    /// <summary>Audit rows read per round trip while looking for a webhook's next event.</summary>
    private const int AuditBatch = 500;

    /// <summary>Sends what is pending and what is new, retrying what is due now; returns once nothing more is due now.</summary>
    public async Task<DispatchSummary> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Webhook> webhooks;
        await using (var session = await store.BeginReadAsync(cancellationToken))
        {
            webhooks = await session.ListWebhooksAsync(cancellationToken);
        }

        var summaries = await Task.WhenAll(webhooks.Select(webhook => DeliverToAsync(webhook.Id, cancellationToken)));
        return summaries.Aggregate(DispatchSummary.None, static (total, one) => total.Add(one));
    }

    private async Task<DispatchSummary> DeliverToAsync(string webhookId, CancellationToken cancellationToken)
    {
        var summary = DispatchSummary.None;
        while (await NextAsync(webhookId, cancellationToken) is { } next && next.Delivery.NextAttemptAt <= time.GetUtcNow())
        {
            var attempt = await SendAsync(next, cancellationToken);
            await RecordAsync(next.Delivery, attempt, cancellationToken);
            summary = summary.Add(attempt.Outcome);
        }

        return summary;
    }

    /// <summary>
    /// The webhook's pending delivery, or a new one for the next row its filter lets through; null when there is none. It looks in a
    /// reading session first and takes the write lock only when there is a delivery to create or a cursor to move.
    /// </summary>
    private async Task<Outgoing?> NextAsync(string webhookId, CancellationToken cancellationToken)
    {
        (Outgoing? Outgoing, long? Cursor) found;
        await using (var read = await store.BeginReadAsync(cancellationToken))
        {
            found = await FindAsync(read, webhookId, cancellationToken);
        }

        if (found.Cursor is null)
        {
            // Nothing to write: the delivery already pending, or nothing new and the cursor where it is.
            return found.Outgoing;
        }

        // Look again under the write lock: another dispatcher may have moved this webhook on meanwhile.
        await using var write = await store.BeginAsync(cancellationToken);
        var next = await FindAsync(write, webhookId, cancellationToken);
        if (next.Cursor is { } cursor)
        {
            if (next.Outgoing is { IsNew: true } created)
            {
                await write.InsertDeliveryAsync(created.Delivery, cancellationToken);
            }

            await write.MoveCursorAsync(webhookId, cursor, cancellationToken);
            await write.CommitAsync(cancellationToken);
        }

        return next.Outgoing;
    }

    /// <summary>
    /// What to send next to the webhook, without writing: its pending delivery, else a new delivery for the next row its filter lets
    /// through (null when there is none, or the webhook is removed); and where its cursor should move (null when it stays).
    /// </summary>
    private async Task<(Outgoing? Outgoing, long? Cursor)> FindAsync(IWebhookSession session, string webhookId, CancellationToken cancellationToken)
    {
        if (await session.GetWebhookAsync(webhookId, cancellationToken) is not { Active: true } webhook
            || await session.WebhookSecretAsync(webhookId, cancellationToken) is not { } secret)
        {
            return (null, null);
        }

        if (await session.PendingDeliveryAsync(webhookId, cancellationToken) is { } pending)
        {
            var rows = await session.ReadAuditAfterAsync(pending.Seq - 1, 1, cancellationToken);
            return rows is [{ } entry] && entry.Seq == pending.Seq
                ? (new Outgoing(webhook, secret, pending, entry, IsNew: false), null)
                : throw new InvalidDataException($"delivery {pending.Id} names audit row {pending.Seq}, which is not in the trail");
        }

        var cursor = webhook.Cursor;
        while (true)
        {
            var rows = await session.ReadAuditAfterAsync(cursor, AuditBatch, cancellationToken);
            if (rows.FirstOrDefault(row => webhook.Receives(row.Action)) is { } entry)
            {
                var now = time.GetUtcNow();
                var delivery = new WebhookDelivery(Guid.CreateVersion7(now).ToString(), webhookId, entry.Seq, entry.Action,
                    DeliveryStatus.Pending, 0, now, now);
                return (new Outgoing(webhook, secret, delivery, entry, IsNew: true), entry.Seq);
            }

            if (rows.Count == 0)
            {
                // Nothing for this webhook up to the head: remember how far it has read, so the next pass starts there.
                return (null, cursor == webhook.Cursor ? null : cursor);
            }

            cursor = rows[^1].Seq;
        }
    }

    private async Task<WebhookAttempt> SendAsync(Outgoing next, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var timestamp = at.ToUnixTimeSeconds();
        var body = WebhookPayload.Build(next.Entry);
        using var request = new HttpRequestMessage(HttpMethod.Post, next.Webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Snapback-Event", next.Entry.Action);
        request.Headers.Add("Snapback-Delivery", next.Delivery.Id);
        request.Headers.Add("Snapback-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Snapback-Signature", WebhookSignature.Sign(next.Secret, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Snapback-Webhooks", "1"));

        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = time.GetTimestamp();
        int? status = null;
        string? error = null;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            status = (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"no answer within {options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException failure)
        {
            error = failure.InnerException is { } inner ? $"{failure.Message} ({inner.Message})" : failure.Message;
        }

        var duration = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var number = next.Delivery.Attempts + 1;
        var outcome = status is >= 200 and < 300 ? DeliveryStatus.Delivered
            : number >= options.MaxAttempts ? DeliveryStatus.Failed
            : DeliveryStatus.Pending;
        return new WebhookAttempt(next.Delivery.Id, next.Webhook.Id, next.Entry.Seq, next.Entry.Action, number, at, status, error, duration, outcome);
    }

    private async Task RecordAsync(WebhookDelivery delivery, WebhookAttempt attempt, CancellationToken cancellationToken)
    {
        var next = attempt.Outcome == DeliveryStatus.Pending
            ? time.GetUtcNow() + options.RetryDelay(attempt.Number, Random.Shared.NextDouble())
            : delivery.NextAttemptAt;
        await using var session = await store.BeginAsync(cancellationToken);
        await session.InsertAttemptAsync(attempt, cancellationToken);

        // Another dispatcher sharing the store may have settled this delivery meanwhile; then only the log row is added.
        if (await session.PendingDeliveryAsync(delivery.WebhookId, cancellationToken) is { } current && current.Id == delivery.Id
            && current.Attempts < attempt.Number)
        {
            await session.UpdateDeliveryAsync(current with { Status = attempt.Outcome, Attempts = attempt.Number, NextAttemptAt = next }, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
    }

    /// <param name="IsNew">A delivery not yet stored: storing it and moving the cursor past its row is the write that hands the row over.</param>
    private sealed record Outgoing(Webhook Webhook, string Secret, WebhookDelivery Delivery, AuditEntry Entry, bool IsNew);
}
