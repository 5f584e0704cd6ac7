using Snapback.Lists.Model;

namespace Snapback.Matching.Tests.Support;

/// <summary>Small entities for tests.</summary>
internal static class Some
{
    public static ListedEntity Person(string id, string name, params string[] aliases) => Entity(id, EntityKind.Person, name, aliases);

    public static ListedEntity Organisation(string id, string name, params string[] aliases) => Entity(id, EntityKind.Organization, name, aliases);

    public static ListedEntity Entity(string id, EntityKind kind, string name, string[] aliases, Action<ListedEntityBuilder>? more = null)
    {
        var builder = new ListedEntityBuilder(id, "test", kind);
        builder.AddName(new EntityName(name, NameType.Primary));
        foreach (var alias in aliases)
        {
            builder.AddName(new EntityName(alias, NameType.StrongAlias));
        }

        more?.Invoke(builder);
        return builder.Build();
    }

    public static IReadOnlyList<MatchHit> Screen(ListedEntity entity, ScreenQuery query) =>
        MatchIndex.Build([entity]).Screen(query, MatchOptions.Default);
}
