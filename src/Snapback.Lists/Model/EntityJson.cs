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
        var names = entity.Names.IsDefaultOrEmpty || entity.Names.Length == 1
            ? Arranged(entity.Names, sort: false)
            : [entity.Names[0], .. Arranged(entity.Names.RemoveAt(0), sort: true)];
        return Arranged(entity, sort: true) with { Names = names };
    }

    /// <summary>Canonical JSON: equal for two entities that differ only in the order of collection items.</summary>
    public static string Canonical(ListedEntity entity) => Serialize(Canonicalize(entity));

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 canonical JSON.</summary>
    public static string Hash(string canonicalJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));

    /// <summary>SHA-256 of <see cref="Canonical(ListedEntity)"/>.</summary>
    public static string Hash(ListedEntity entity) => Hash(Canonical(entity));

    private static ListedEntity Normalize(ListedEntity entity) => Arranged(entity, sort: false);

    private static ListedEntity Arranged(ListedEntity entity, bool sort) => entity with
    {
        Names = Arranged(entity.Names, sort),
        BirthDates = Arranged(entity.BirthDates, sort),
        PlacesOfBirth = Arranged(entity.PlacesOfBirth, sort),
        Nationalities = Arranged(entity.Nationalities, sort),
        Citizenships = Arranged(entity.Citizenships, sort),
        Addresses = Arranged(entity.Addresses, sort),
        Identifiers = Arranged(entity.Identifiers, sort),
        Programs = Arranged(entity.Programs, sort),
        LinkedTo = Arranged(entity.LinkedTo, sort),
    };

    // Strings sort ordinally; records by their own JSON, which is total and culture-free.
    private static ImmutableArray<T> Arranged<T>(ImmutableArray<T> items, bool sort) =>
        items.IsDefaultOrEmpty ? []
        : !sort || items.Length == 1 ? items
        : items is ImmutableArray<string> texts ? (ImmutableArray<T>)(object)texts.Sort(StringComparer.Ordinal)
        : [.. items.OrderBy(item => JsonSerializer.Serialize(item, typeof(T), EntityJsonContext.Default), StringComparer.Ordinal)];
}
