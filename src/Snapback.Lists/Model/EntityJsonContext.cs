using System.Text.Json.Serialization;

namespace Snapback.Lists.Model;

/// <summary>Source-generated System.Text.Json metadata for the entity model, so stores and the API serialise without reflection.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ListedEntity))]
public sealed partial class EntityJsonContext : JsonSerializerContext;
