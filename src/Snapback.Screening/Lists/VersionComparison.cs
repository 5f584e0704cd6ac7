using System.Collections.Immutable;

namespace Snapback.Screening.Lists;

/// <summary>Entity ids sorted into added, removed, changed and unchanged by comparing content hashes of two publications.</summary>
public sealed record VersionComparison(ImmutableArray<string> Added, ImmutableArray<string> Removed, ImmutableArray<string> Changed, int Unchanged)
{
    public DiffSummary Summary => new(Added.Length, Removed.Length, Changed.Length, Unchanged);

    /// <summary>Compares id → content hash maps; the same hash means the same content, so no entity is opened.</summary>
    public static VersionComparison Of(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = 0;
        foreach (var (id, hash) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                added.Add(id);
            }
            else if (string.Equals(old, hash, StringComparison.Ordinal))
            {
                unchanged++;
            }
            else
            {
                changed.Add(id);
            }
        }

        var removed = before.Keys.Where(id => !after.ContainsKey(id));
        return new(Ordered(added), Ordered(removed), Ordered(changed), unchanged);
    }

    private static ImmutableArray<string> Ordered(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
