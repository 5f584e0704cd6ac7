using System.Globalization;
using System.Text.Json;
using Snapback.Screening.Cases.Audit;

namespace Snapback.Screening.Notifications;

/// <summary>
/// The JSON body of a webhook request, made from one audit row:
/// <c>{"id": "SEQ", "event": ACTION, "occurred_at": ISO-8601 UTC, "actor": {"id", "name"}, "subject", "data": the row's data}</c>.
/// </summary>
public static class WebhookPayload
{
    public static byte[] Build(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Seq.ToString(CultureInfo.InvariantCulture));
            json.WriteString("event", entry.Action);
            json.WriteString("occurred_at", entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("actor");
            json.WriteString("id", entry.ActorId);
            json.WriteString("name", entry.ActorName);
            json.WriteEndObject();
            json.WriteString("subject", entry.Subject);
            json.WritePropertyName("data");
            json.WriteRawValue(entry.Data);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
