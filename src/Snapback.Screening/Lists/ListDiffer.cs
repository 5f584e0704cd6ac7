using System.Collections.Immutable;
using System.Globalization;
using Snapback.Lists;
using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>
/// Compares two stored snapshots of one source: hashes find what changed, and only changed entities are opened. An OFSI Consolidated
/// List snapshot also compares with an FCDO UK Sanctions List snapshot, the list that replaced it, matched by OFSI Group ID.
/// </summary>
public sealed class ListDiffer(IListStore store)
{
    /// <summary>How entities of two snapshots of one source are paired.</summary>
    public const string ByEntityId = "entity id";

    /// <summary>How an OFSI ConList's groups are paired with the FCDO designations that replaced them.</summary>
    public const string ByOfsiGroupId = "OFSI group id";

    // Past this many changed entities, reading both snapshots whole costs less than two lookups per entity.
    private const int ManyChanges = 200;

    /// <summary>
    /// What pairs an entity of a <paramref name="fromSource"/> snapshot with one of a <paramref name="toSource"/> snapshot:
    /// <see cref="ByEntityId"/> within a source, <see cref="ByOfsiGroupId"/> from the OFSI ConList to the FCDO list; null when
    /// the two cannot be compared.
    /// </summary>
    public static string? Pairing(string fromSource, string toSource) =>
        string.Equals(fromSource, toSource, StringComparison.Ordinal) ? ByEntityId
        : fromSource == ListSources.UkOfsi && toSource == ListSources.UkFcdo ? ByOfsiGroupId
        : null;

    /// <summary>The changes from snapshot <paramref name="fromId"/> to snapshot <paramref name="toId"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A snapshot does not exist, or the two belong to different sources other than an OFSI snapshot followed by an FCDO one.
    /// </exception>
    public async Task<SnapshotDiff> DiffAsync(long fromId, long toId, CancellationToken cancellationToken)
    {
        var from = await store.GetSnapshotAsync(fromId, cancellationToken) ?? throw new ArgumentException($"no snapshot {fromId}", nameof(fromId));
        var to = await store.GetSnapshotAsync(toId, cancellationToken) ?? throw new ArgumentException($"no snapshot {toId}", nameof(toId));
        if (Pairing(from.Source, to.Source) == ByOfsiGroupId)
        {
            var (added, removed, changedAcross, unchangedAcross) = AcrossUkSwitch(
                await store.LoadEntitiesAsync(fromId, cancellationToken), await store.LoadEntitiesAsync(toId, cancellationToken));
            return new SnapshotDiff(from, to, added, removed, changedAcross, unchangedAcross);
        }

        if (!string.Equals(from.Source, to.Source, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"snapshot {fromId} is {from.Source} and snapshot {toId} is {to.Source}; only one source can be compared, "
                + $"or {ListSources.UkOfsi} with the {ListSources.UkFcdo} list that replaced it");
        }

        var comparison = VersionComparison.Of(
            await store.LoadVersionHashesAsync(fromId, cancellationToken),
            await store.LoadVersionHashesAsync(toId, cancellationToken));
        var changed = ImmutableArray.CreateBuilder<EntityChange>(comparison.Changed.Length);
        if (comparison.Changed.Length > ManyChanges)
        {
            var before = (await store.LoadEntitiesAsync(fromId, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
            var after = (await store.LoadEntitiesAsync(toId, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var id in comparison.Changed)
            {
                changed.Add(new EntityChange(id, after[id].PrimaryName, CompareFields(before[id], after[id])));
            }
        }
        else
        {
            foreach (var id in comparison.Changed)
            {
                var before = await store.LoadEntityAsync(fromId, id, cancellationToken);
                var after = await store.LoadEntityAsync(toId, id, cancellationToken);
                if (before is not null && after is not null)
                {
                    changed.Add(new EntityChange(id, after.PrimaryName, CompareFields(before, after)));
                }
            }
        }

        return new SnapshotDiff(from, to, comparison.Added, comparison.Removed, changed.ToImmutable(), comparison.Unchanged);
    }

    /// <summary>
    /// OFSI ConList → FCDO list: a designation whose OFSI Group ID is an OFSI id (<c>uk:&lt;Group ID&gt;</c>) is that OFSI entity,
    /// changed or not; the FCDO list splits some groups into one designation per regime, and each is compared with the group. The
    /// FCDO ids added are the designations without such a group, the OFSI ids removed are the groups no designation carries.
    /// </summary>
    internal static (ImmutableArray<string> Added, ImmutableArray<string> Removed, ImmutableArray<EntityChange> Changed, int Unchanged)
        AcrossUkSwitch(IReadOnlyList<ListedEntity> ofsi, IReadOnlyList<ListedEntity> fcdo)
    {
        var groups = ofsi.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var continued = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<string>();
        var changed = new List<EntityChange>();
        var unchanged = 0;
        foreach (var designation in fcdo)
        {
            if (designation.OfsiGroupId is not { } group || !groups.TryGetValue("uk:" + group, out var before))
            {
                added.Add(designation.Id);
                continue;
            }

            continued.Add(before.Id);
            var fields = CompareFields(before with { OfsiGroupId = group }, designation);
            if (fields.IsEmpty)
            {
                unchanged++;
            }
            else
            {
                var id = FieldChange.Value(nameof(ListedEntity.Id), before.Id, designation.Id);
                changed.Add(new EntityChange(designation.Id, designation.PrimaryName, [id, .. fields]));
            }
        }

        return (
            [.. added.Order(StringComparer.Ordinal)],
            [.. groups.Keys.Where(id => !continued.Contains(id)).Order(StringComparer.Ordinal)],
            [.. changed.OrderBy(c => c.EntityId, StringComparer.Ordinal)],
            unchanged);
    }

    /// <summary>The fields that differ between two versions of one entity; collections compare as sets, so order never counts.</summary>
    public static ImmutableArray<FieldChange> CompareFields(ListedEntity before, ListedEntity after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        Value(changes, nameof(ListedEntity.Kind), before.Kind.ToString(), after.Kind.ToString());
        Value(changes, nameof(ListedEntity.PrimaryName), before.PrimaryName, after.PrimaryName);
        Set(changes, nameof(ListedEntity.Names), before.Names, after.Names, Show);
        Set(changes, nameof(ListedEntity.BirthDates), before.BirthDates, after.BirthDates, date => date.ToString());
        Set(changes, nameof(ListedEntity.PlacesOfBirth), before.PlacesOfBirth, after.PlacesOfBirth, text => text);
        Set(changes, nameof(ListedEntity.Nationalities), before.Nationalities, after.Nationalities, text => text);
        Set(changes, nameof(ListedEntity.Citizenships), before.Citizenships, after.Citizenships, text => text);
        Set(changes, nameof(ListedEntity.Addresses), before.Addresses, after.Addresses, Show);
        Set(changes, nameof(ListedEntity.Identifiers), before.Identifiers, after.Identifiers, Show);
        Set(changes, nameof(ListedEntity.Programs), before.Programs, after.Programs, text => text);
        Value(changes, nameof(ListedEntity.ListedOn), Show(before.ListedOn), Show(after.ListedOn));
        Value(changes, nameof(ListedEntity.Remarks), before.Remarks, after.Remarks);
        Set(changes, nameof(ListedEntity.LinkedTo), before.LinkedTo, after.LinkedTo, text => text);
        Value(changes, nameof(ListedEntity.Gender), before.Gender, after.Gender);
        Value(changes, nameof(ListedEntity.Title), before.Title, after.Title);
        Value(changes, nameof(ListedEntity.Vessel), Show(before.Vessel), Show(after.Vessel));
        Value(changes, nameof(ListedEntity.OfsiGroupId), before.OfsiGroupId, after.OfsiGroupId);
        Value(changes, nameof(ListedEntity.InForceUntil), Show(before.InForceUntil), Show(after.InForceUntil));
        return changes.ToImmutable();
    }

    private static void Value(ImmutableArray<FieldChange>.Builder changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(FieldChange.Value(field, before, after));
        }
    }

    private static void Set<T>(
        ImmutableArray<FieldChange>.Builder changes, string field, ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> show)
    {
        var old = before.IsDefault ? [] : before.ToHashSet();
        var now = after.IsDefault ? [] : after.ToHashSet();
        var added = now.Where(item => !old.Contains(item)).Select(show).Order(StringComparer.Ordinal).ToImmutableArray();
        var removed = old.Where(item => !now.Contains(item)).Select(show).Order(StringComparer.Ordinal).ToImmutableArray();
        if (added.Length > 0 || removed.Length > 0)
        {
            changes.Add(FieldChange.Set(field, added, removed));
        }
    }

    private static string Show(EntityName name) =>
        name.Language is { Length: > 0 } language ? $"{name.Full} ({name.Type}, {language})" : $"{name.Full} ({name.Type})";

    private static string Show(Address address) =>
        string.Join(", ", new[] { address.Street, address.City, address.Country }.Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Show(Identifier id) =>
        string.Join(" ", new[] { id.Label ?? id.Type.ToString(), id.Value, id.Country is { } c ? $"({c})" : null }.Where(p => p is not null));

    private static string? Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Show(VesselDetails? vessel) => vessel is null
        ? null
        : $"flag {vessel.Flag}, type {vessel.VesselType}, tonnage {vessel.Tonnage}, GRT {vessel.GrossRegisteredTonnage}, owner {vessel.Owner}";
}
