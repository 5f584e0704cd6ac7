using System.Text.Json.Serialization;

namespace Snapback.Matching.Explanation;

/// <summary>The kind of secondary evidence that moved a score.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    BirthDate,
    Country,
    Identifier,
    Kind,
    NameType,
}
