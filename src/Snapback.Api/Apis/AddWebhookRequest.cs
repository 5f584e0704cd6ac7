namespace Snapback.Api.Apis;

/// <summary>A webhook to add.</summary>
/// <param name="Url">Where to POST events (http or https).</param>
/// <param name="Events">Audit actions to send, comma-separated (<c>alert.created,monitor.run.completed</c>), or <c>*</c> for all.</param>
/// <param name="Secret">The shared secret that signs requests (at least 16 characters); omitted, a random one is made and returned once.</param>
/// <param name="FromSeq">Also send the audit rows from this sequence number on; omitted, only what happens from now.</param>
public sealed record AddWebhookRequest(string? Url, string? Events, string? Secret, long? FromSeq);
