using Snapback.Screening.Notifications;

namespace Snapback.Api.Apis;

/// <summary>A new webhook and the secret that signs its requests, shown this once; listing webhooks never shows it.</summary>
public sealed record CreatedWebhook(Webhook Webhook, string Secret);
