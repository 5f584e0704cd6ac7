using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Snapback.Lists.Model;

namespace Snapback.Matching.Tests.Support;

/// <summary>
/// Reads the derived EU/UN/OFAC corpus (/work/shared/data/lists/eu/derived-*/all.json.gz: name, aliases, type, birthdates,
/// identifiers) into entities, until the official list parsers are available.
/// </summary>
internal static class DerivedListLoader
{
    public const string RelativePath = "eu/derived-2026-01-28/all.json.gz";

    public static IReadOnlyList<ListedEntity> Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        var entities = new List<ListedEntity>();
        foreach (var e in doc.RootElement.GetProperty("entities").EnumerateArray())
        {
            var source = e.GetProperty("source")[0].GetString() ?? "EU";
            var kind = e.GetProperty("type").GetString() == "individual" ? EntityKind.Person : EntityKind.Organization;
            var builder = new ListedEntityBuilder(source + "-" + e.GetProperty("source_id").GetString(), source, kind);
            builder.AddName(new EntityName(e.GetProperty("name").GetString() ?? string.Empty, NameType.Primary));
            foreach (var alias in e.GetProperty("aliases").EnumerateArray())
            {
                var text = alias.GetString() ?? string.Empty;
                builder.AddName(new EntityName(text, text.Any(static c => c > '\u024F') ? NameType.OriginalScript : NameType.StrongAlias));
            }

            foreach (var date in e.GetProperty("birthdates").EnumerateArray())
            {
                if (ParseDate(date.GetString()) is { } birth)
                {
                    builder.BirthDates.Add(birth);
                }
            }

            foreach (var id in e.GetProperty("identifiers").EnumerateArray())
            {
                var type = id.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? MapType(t.GetString()!) : null;
                var number = id.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (type is { } known && !string.IsNullOrWhiteSpace(number))
                {
                    builder.Identifiers.Add(new Identifier(known, number.Trim()));
                }
            }

            entities.Add(builder.Build());
        }

        return entities;
    }

    private static BirthDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return null;
        }

        int? month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
        int? day = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null;
        return new BirthDate(year, month, day);
    }

    private static IdentifierType? MapType(string type)
    {
        var t = type.ToUpperInvariant();
        return t switch
        {
            _ when t.Contains("PASSPORT", StringComparison.Ordinal) || t.Contains("PASAPORTE", StringComparison.Ordinal)
                || t.Contains("PASSEPORT", StringComparison.Ordinal) => IdentifierType.Passport,
            "REGNUMBER" or "REGISTRATION ID" or "REGISTRATION NUMBER" or "PUBLIC REGISTRATION NUMBER" or "BUSINESS REGISTRATION NUMBER"
                or "COMPANY NUMBER" or "C.R. NO." or "UNIFIED SOCIAL CREDIT CODE (USCC)" or "LEGAL ENTITY NUMBER" => IdentifierType.Registration,
            "FISCALCODE" or "TAXID" or "TAX ID NO." or "EUVAT" or "V.A.T. NUMBER" => IdentifierType.TaxId,
            "ID" or "NATIONAL IDENTIFICATION NUMBER" or "NATIONAL ID NO." or "SSN" or "UNSSN" => IdentifierType.NationalId,
            "IMO" => IdentifierType.Imo,
            "SWIFT/BIC" or "SWIFTBIC" => IdentifierType.SwiftBic,
            "OTHER" => IdentifierType.Other,
            _ => null,
        };
    }
}
