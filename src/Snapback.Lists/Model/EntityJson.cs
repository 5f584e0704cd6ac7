using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Snapback.Lists.Model;

/// <summary>
/// JSON form of a <see cref="ListedEntity"/> and its canonical form for content hashing. Collections are sets: lists such as
/// OFAC reorder children between publications, and reordering must not read as a change, so the canonical form sorts every
/// collection (the first name, the primary, keeps its place).
/// </summary>
public static class EntityJson
{
    /// <summary>Serialises as is (no reordering).</summary>
    public static string Serialize(ListedEntity entity) => JsonSerializer.Serialize(entity, EntityJsonContext.Default.ListedEntity);

    /// <summary>Reads JSON written by <see cref="Serialize"/> or <see cref="Canonical(ListedEntity)"/>.</summary>
    public static ListedEntity Deserialize(string json) =>
        Normalize(JsonSerializer.Deserialize(json, EntityJsonContext.Default.ListedEntity)
            ?? throw new JsonException("entity JSON is null"));

    /// <summary>The entity with every collection in a fixed order and no default arrays.</summary>
    public static ListedEntity Canonicalize(ListedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var names = entity.Names.IsDefaultOrEmpty
            ? []
            : entity.Names.Length == 1 ? entity.Names : [entity.Names[0], .. Sorted(entity.Names.RemoveAt(0))];
        return entity with
        {
            Names = names,
            BirthDates = Sorted(entity.BirthDates),
            PlacesOfBirth = Sorted(entity.PlacesOfBirth),
            Nationalities = Sorted(entity.Nationalities),
            Citizenships = Sorted(entity.Citizenships),
            Addresses = Sorted(entity.Addresses),
            Identifiers = Sorted(entity.Identifiers),
            Programs = Sorted(entity.Programs),
            LinkedTo = Sorted(entity.LinkedTo),
        };
    }

    /// <summary>Canonical JSON: equal for two entities that differ only in the order of collection items.</summary>
    public static string Canonical(ListedEntity entity) => Serialize(Canonicalize(entity));

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 canonical JSON.</summary>
    public static string Hash(string canonicalJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));

    /// <summary>SHA-256 of <see cref="Canonical(ListedEntity)"/>.</summary>
    public static string Hash(ListedEntity entity) => Hash(Canonical(entity));

    private static ListedEntity Normalize(ListedEntity entity) => entity with
    {
        Names = OrEmpty(entity.Names),
        BirthDates = OrEmpty(entity.BirthDates),
        PlacesOfBirth = OrEmpty(entity.PlacesOfBirth),
        Nationalities = OrEmpty(entity.Nationalities),
        Citizenships = OrEmpty(entity.Citizenships),
        Addresses = OrEmpty(entity.Addresses),
        Identifiers = OrEmpty(entity.Identifiers),
        Programs = OrEmpty(entity.Programs),
        LinkedTo = OrEmpty(entity.LinkedTo),
    };

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static ImmutableArray<string> Sorted(ImmutableArray<string> items) =>
        items.IsDefaultOrEmpty ? [] : [.. items.Order(StringComparer.Ordinal)];

    // Records sort by their own JSON, which is total and culture-free.
    private static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items) where T : class =>
        items.IsDefaultOrEmpty
            ? []
            : [.. items.OrderBy(item => JsonSerializer.Serialize(item, typeof(T), EntityJsonContext.Default), StringComparer.Ordinal)];
}
