using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Snapback.Screening.Notifications;

/// <summary>
/// The <c>Snapback-Signature</c> header: <c>sha256=</c> and the lower-case hex HMAC-SHA256, keyed with the webhook's secret (UTF-8),
/// over the <c>Snapback-Timestamp</c> value, a dot, and the body's bytes. Signing the time with the body lets a receiver refuse an
/// old request replayed.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
