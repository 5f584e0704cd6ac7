using System.Text.Json;
using System.Text.Json.Serialization;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Batch;

/// <summary>
/// Every result of a batch carries the same basis (snapshots, threshold, matcher), a third of each output line: its JSON is
/// written once and copied for the results that follow, until the basis changes.
/// </summary>
internal sealed class ScreeningBasisJsonConverter : JsonConverter<ScreeningBasis>
{
    private sealed record Written(ScreeningBasis Basis, JsonSerializerOptions Options, byte[] Json);

    private sealed record Unconverted(JsonSerializerOptions Options, JsonSerializerOptions Plain);

    // Results are written from several threads at once: each field is swapped whole, never changed in place.
    private Written? last;
    private Unconverted? plain;

    public override ScreeningBasis? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<ScreeningBasis>(ref reader, Plain(options));

    public override void Write(Utf8JsonWriter writer, ScreeningBasis value, JsonSerializerOptions options)
    {
        var written = last;
        if (written is null || !ReferenceEquals(written.Options, options) || !written.Basis.Equals(value))
        {
            written = new Written(value, options, JsonSerializer.SerializeToUtf8Bytes(value, Plain(options)));
            last = written;
        }

        writer.WriteRawValue(written.Json, skipInputValidation: true);
    }

    // The same options without this converter, to read and write the basis the ordinary way.
    private JsonSerializerOptions Plain(JsonSerializerOptions options)
    {
        var known = plain;
        if (known is not null && ReferenceEquals(known.Options, options))
        {
            return known.Plain;
        }

        var copy = new JsonSerializerOptions(options);
        copy.Converters.Remove(this);
        copy.MakeReadOnly(populateMissingResolver: true);
        plain = new Unconverted(options, copy);
        return copy;
    }
}
