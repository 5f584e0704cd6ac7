using Snapback.Lists.Model;

namespace Snapback.Screening.Lists;

/// <summary>Entity counts by <see cref="EntityKind"/>.</summary>
public sealed record KindCounts(int Persons, int Organizations, int Vessels, int Aircraft)
{
    public static KindCounts Of(IEnumerable<ListedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        int persons = 0, organizations = 0, vessels = 0, aircraft = 0;
        foreach (var entity in entities)
        {
            switch (entity.Kind)
            {
                case EntityKind.Person: persons++; break;
                case EntityKind.Organization: organizations++; break;
                case EntityKind.Vessel: vessels++; break;
                case EntityKind.Aircraft: aircraft++; break;
            }
        }

        return new(persons, organizations, vessels, aircraft);
    }
}
