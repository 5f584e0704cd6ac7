using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Snapback.Screening.Tests.Support;

/// <summary>One request a <see cref="WebhookReceiver"/> took: its number, headers and body.</summary>
internal sealed record ReceivedWebhook(int Number, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string DeliveryId => Headers["Snapback-Delivery"];

    /// <summary>The payload's id: the audit row's sequence number.</summary>
    public long Seq => long.Parse(Payload.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);

    public JsonElement Payload
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Checks the signature the way docs/notifications.md tells a receiver to: HMAC-SHA256 over "timestamp.body".</summary>
    public bool SignatureVerifies(string secret)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Headers["Snapback-Timestamp"] + "." + Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Headers["Snapback-Signature"]));
    }
}
