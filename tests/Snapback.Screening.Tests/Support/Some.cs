using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Snapback.Lists;
using Snapback.Lists.Formats;
using Snapback.Lists.Model;

namespace Snapback.Screening.Tests.Support;

/// <summary>Builders for entities and lists used by store and use-case tests.</summary>
internal static class Some
{
    public static ListedEntity Person(string id, string name, string source = ListSources.Un, params string[] aliases) =>
        Entity(id, name, EntityKind.Person, source, aliases);

    public static ListedEntity Entity(string id, string name, EntityKind kind, string source = ListSources.Un, params string[] aliases) =>
        new(
            id,
            source,
            kind,
            [new EntityName(name, NameType.Primary), .. aliases.Select(alias => new EntityName(alias, NameType.StrongAlias))],
            [],
            [],
            [],
            [],
            [],
            [],
            ["TEST"],
            null,
            null,
            []);

    /// <summary>An entity with every field filled, to check that nothing is lost on the way through a store.</summary>
    public static ListedEntity FullPerson(string id, string source = ListSources.OfacSdn) => new(
        id,
        source,
        EntityKind.Person,
        [
            new EntityName("IVANOV, Ivan Ivanovich", NameType.Primary, "en", "Ivan Ivanovich", "IVANOV"),
            new EntityName("Иванов Иван Иванович", NameType.OriginalScript, "ru"),
            new EntityName("IVANOFF, John", NameType.WeakAlias),
        ],
        [new BirthDate(1961, 3, 14), new BirthDate(1960, ToYear: 1962, Circa: true)],
        ["Moscow, Russia"],
        ["Russia"],
        ["Cyprus"],
        [new Address("1 Red Square", "Moscow 101000", "Russia", "RU")],
        [new Identifier(IdentifierType.Passport, "7201234567", "Russia", "Passport"), new Identifier(IdentifierType.TaxId, "7701234567")],
        ["RUSSIA-EO14024", "UKRAINE-EO13661"],
        new DateOnly(2022, 2, 24),
        "Linked To: IVANOV HOLDINGS.",
        ["ofac:99999"],
        "Male",
        "Director",
        new VesselDetails("Russia", "Yacht", "500", "620", "IVANOV HOLDINGS"));

    /// <summary>Persons <c>{source}:1</c> … <c>{source}:{count}</c>.</summary>
    public static ImmutableArray<ListedEntity> People(int count, string source = ListSources.Un, int first = 1) =>
        [.. Enumerable.Range(first, count).Select(n => Person(Id(source, n), "PERSON " + n.ToString(CultureInfo.InvariantCulture), source))];

    public static string Id(string source, int n) => source.Split('-')[0] + ":" + n.ToString(CultureInfo.InvariantCulture);

    public static ParsedList List(IEnumerable<ListedEntity> entities, string source = ListSources.Un, DateTimeOffset? publishedAt = null) =>
        new(source, "test", publishedAt, [.. entities], []);

    /// <summary>A stand-in for a file hash: the SHA-256 of <paramref name="text"/>.</summary>
    public static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
