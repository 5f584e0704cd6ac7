namespace Snapback.Lists.Model;

/// <summary>What a listed party is.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Vessel,
    Aircraft,
}
