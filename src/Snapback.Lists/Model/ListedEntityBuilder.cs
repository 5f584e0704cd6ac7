using System.Collections.Immutable;

namespace Snapback.Lists.Model;

/// <summary>Mutable collector parsers fill row by row; <see cref="Build"/> returns the immutable entity.</summary>
public sealed class ListedEntityBuilder(string id, string source, EntityKind kind)
{
    public string Id { get; } = id;
    public string Source { get; } = source;
    public EntityKind Kind { get; set; } = kind;
    public List<EntityName> Names { get; } = [];
    public List<BirthDate> BirthDates { get; } = [];
    public List<string> PlacesOfBirth { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<string> Citizenships { get; } = [];
    public List<Address> Addresses { get; } = [];
    public List<Identifier> Identifiers { get; } = [];
    public List<string> Programs { get; } = [];
    public List<string> LinkedTo { get; } = [];
    public DateOnly? ListedOn { get; set; }
    public string? Remarks { get; set; }
    public string? Gender { get; set; }
    public string? Title { get; set; }
    public VesselDetails? Vessel { get; set; }
    public string? OfsiGroupId { get; set; }
    public DateOnly? InForceUntil { get; set; }

    /// <summary>Adds a name unless the same text with the same type is already there.</summary>
    public void AddName(EntityName name)
    {
        if (string.IsNullOrWhiteSpace(name.Full))
        {
            return;
        }

        foreach (var existing in Names)
        {
            if (existing.Type == name.Type && string.Equals(existing.Full, name.Full, StringComparison.Ordinal))
            {
                return;
            }
        }

        Names.Add(name);
    }

    public ListedEntity Build() => new(
        Id,
        Source,
        Kind,
        [.. Names],
        Distinct(BirthDates),
        Distinct(PlacesOfBirth),
        Distinct(Nationalities),
        Distinct(Citizenships),
        Distinct(Addresses),
        Distinct(Identifiers),
        Distinct(Programs),
        ListedOn,
        string.IsNullOrWhiteSpace(Remarks) ? null : Remarks.Trim(),
        Distinct(LinkedTo),
        Gender,
        Title,
        Vessel,
        OfsiGroupId,
        InForceUntil);

    private static ImmutableArray<T> Distinct<T>(List<T> items) => [.. items.Distinct()];
}
