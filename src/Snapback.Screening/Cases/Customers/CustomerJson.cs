using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Snapback.Screening.Lists;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Cases.Customers;

/// <summary>
/// The canonical JSON of a customer (fields in a fixed order, identifiers and attributes sorted ordinally) and the hash of the fields
/// that are screened, which decides whether a suppressed alert still holds.
/// </summary>
public static class CustomerJson
{
    /// <summary>The whole record, attributes included.</summary>
    public static string Canonical(Customer customer) => Write(customer, attributes: true);

    /// <summary>SHA-256 (lower-case hex) of the screened fields only: name, kind, birth date, country, identifiers.</summary>
    public static string ScreenedHash(Customer customer) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Write(customer, attributes: false))));

    /// <summary>Reads JSON written by <see cref="Canonical"/>.</summary>
    public static Customer Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var identifiers = root.TryGetProperty("identifiers", out var ids)
            ? ids.EnumerateArray().Select(static id => new PartyIdentifier(
                id.TryGetProperty("type", out var type) ? type.GetString() : null, id.GetProperty("value").GetString() ?? "")).ToImmutableArray()
            : [];
        var attributes = root.TryGetProperty("attributes", out var attrs)
            ? attrs.EnumerateObject().ToImmutableSortedDictionary(static p => p.Name, static p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        return new Customer(Text("id") ?? "", Text("name") ?? "", Text("kind"), Text("birth_date"), Text("country"), identifiers, attributes);
    }

    /// <summary>The screened fields that differ, named <c>customer.name</c>, <c>customer.birth_date</c>…</summary>
    public static ImmutableArray<FieldChange> CompareScreened(Customer before, Customer after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        Value(changes, "customer.name", before.Name, after.Name);
        Value(changes, "customer.kind", before.Kind, after.Kind);
        Value(changes, "customer.birth_date", before.BirthDate, after.BirthDate);
        Value(changes, "customer.country", before.Country, after.Country);
        var old = Shown(before.Identifiers);
        var now = Shown(after.Identifiers);
        if (!old.SetEquals(now))
        {
            changes.Add(FieldChange.Set("customer.identifiers",
                [.. now.Except(old).Order(StringComparer.Ordinal)], [.. old.Except(now).Order(StringComparer.Ordinal)]));
        }

        return changes.ToImmutable();
    }

    private static void Value(ImmutableArray<FieldChange>.Builder changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(FieldChange.Value(field, before, after));
        }
    }

    private static HashSet<string> Shown(ImmutableArray<PartyIdentifier> identifiers) =>
        identifiers.IsDefaultOrEmpty ? [] : identifiers.Select(static id => id.Type is { } type ? $"{type}:{id.Value}" : id.Value).ToHashSet(StringComparer.Ordinal);

    private static string Write(Customer customer, bool attributes)
    {
        ArgumentNullException.ThrowIfNull(customer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", customer.Id);
            json.WriteString("name", customer.Name);
            WriteOptional(json, "kind", customer.Kind);
            WriteOptional(json, "birth_date", customer.BirthDate);
            WriteOptional(json, "country", customer.Country);
            json.WriteStartArray("identifiers");
            var identifiers = customer.Identifiers.IsDefault ? [] : customer.Identifiers;
            foreach (var id in identifiers.OrderBy(static i => i.Type, StringComparer.Ordinal).ThenBy(static i => i.Value, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                WriteOptional(json, "type", id.Type);
                json.WriteString("value", id.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (attributes)
            {
                json.WriteStartObject("attributes");
                foreach (var (name, value) in customer.Attributes.OrderBy(static a => a.Key, StringComparer.Ordinal))
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
