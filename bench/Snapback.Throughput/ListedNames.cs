using Snapback.Lists.Model;

namespace Snapback.Throughput;

/// <summary>Draws names as parties would give them: a listed name, as written or perturbed, or a made-up one.</summary>
internal sealed class ListedNames(IReadOnlyList<ListedEntity> entities, Random random)
{
    /// <summary>
    /// A listed name as written (share <paramref name="exactShare"/>), perturbed (<paramref name="listedShare"/>) or made up (the rest),
    /// with the entity it comes from.
    /// </summary>
    public (string Name, ListedEntity? Entity) Next(double exactShare, double listedShare)
    {
        var roll = random.NextDouble();
        if (roll >= exactShare + listedShare)
        {
            return (SyntheticNames.Next(random), null);
        }

        var entity = entities[random.Next(entities.Count)];
        var names = entity.Names.IsDefaultOrEmpty ? [new EntityName(entity.Id, NameType.Primary)] : entity.Names.ToArray();
        var name = names[random.Next(names.Length)].Full;
        return (roll < exactShare ? name : NameNoise.Perturb(name, random), entity);
    }
}
