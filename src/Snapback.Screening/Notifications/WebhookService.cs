using System.Security.Cryptography;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Notifications;

/// <summary>
/// Adds, lists and removes webhooks (admin only); adding and removing are audited. A webhook starts at the audit trail's head, so it
/// receives what happens from now on, unless asked to replay from an earlier row. Its secret is returned once and never listed.
/// </summary>
public sealed class WebhookService(IWebhookStore store, TimeProvider time)
{
    /// <summary>The shortest secret accepted from a caller: HMAC-SHA256 with fewer bytes of secret is easy to guess.</summary>
    public const int MinSecretLength = 16;

    /// <summary>The longest URL accepted.</summary>
    public const int MaxUrlLength = 2000;

    /// <summary>Adds a webhook and returns it with its secret (<paramref name="secret"/>, or a new random one when null).</summary>
    /// <param name="fromSeq">Replay from this audit row on; null to receive only what is appended from now on.</param>
    /// <exception cref="ArgumentException">The URL, events filter, secret or <paramref name="fromSeq"/> is not valid.</exception>
    public async Task<(Webhook Webhook, string Secret)> AddAsync(
        string url, string events, string? secret, long? fromSeq, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Admin, "Adding webhooks");
        var target = CheckUrl(url);
        var filter = WebhookEvents.Normalize(events);
        if (secret is not null && secret.Trim().Length < MinSecretLength)
        {
            throw new ArgumentException($"the secret must be at least {MinSecretLength} characters", nameof(secret));
        }

        secret = secret?.Trim() ?? "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var id = "wh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using var session = await store.BeginAsync(cancellationToken);
        var head = await session.AuditHeadSeqAsync(cancellationToken);
        if (fromSeq is { } from && (from < 1 || from > head + 1))
        {
            throw new ArgumentException($"--from-seq must be between 1 and {head + 1} (the next audit row)", nameof(fromSeq));
        }

        var created = await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.WebhookCreated, $"webhook:{id}",
            new { id, url = target, events = filter, from_seq = fromSeq }), cancellationToken);

        // The cursor is the last row already handed over: the webhook's own creation, unless a replay was asked for.
        var webhook = new Webhook(id, target, filter, true, now, actor.Name, fromSeq is { } start ? start - 1 : created.Seq);
        await session.InsertWebhookAsync(webhook, secret, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return (webhook, secret);
    }

    /// <summary>Every active webhook, oldest first, without secrets.</summary>
    public async Task<IReadOnlyList<Webhook>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Admin, "Listing webhooks");
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.ListWebhooksAsync(cancellationToken);
    }

    /// <summary>The webhook with this id, removed or not, or null.</summary>
    public async Task<Webhook?> GetAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Admin, "Reading webhooks");
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.GetWebhookAsync(id, cancellationToken);
    }

    /// <summary>Removes a webhook: it receives nothing more, a delivery in flight included; its log stays. False when there is no active one.</summary>
    public async Task<bool> RemoveAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(CaseRole.Admin, "Removing webhooks");
        var now = time.GetUtcNow();
        await using var session = await store.BeginAsync(cancellationToken);
        if (!await session.RemoveWebhookAsync(id, now, cancellationToken))
        {
            return false;
        }

        await session.AppendAuditAsync(AuditDraft.Of(now, actor, AuditActions.WebhookRemoved, $"webhook:{id}", new { id }), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The latest <paramref name="limit"/> attempts of one webhook's deliveries, or of every webhook's, newest first.</summary>
    public async Task<IReadOnlyList<WebhookAttempt>> DeliveriesAsync(string? webhookId, int limit, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        actor.Require(CaseRole.Admin, "Reading webhook deliveries");
        await using var session = await store.BeginReadAsync(cancellationToken);
        return await session.ListAttemptsAsync(webhookId, limit, cancellationToken);
    }

    private static string CheckUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException($"'{url}' is not an http or https URL (without user name or password)", nameof(url));
        }

        return uri.AbsoluteUri;
    }
}
