namespace Snapback.Screening.Ownership;

/// <summary>
/// When blocked owners make an entity blocked: OFAC counts ownership only, 50% or more in the aggregate; the EU (since the Council's
/// Best Practices of 3 July 2024) 50% or more, or control; the UK more than 50%, or control. See docs/ownership.md.
/// </summary>
/// <param name="Name">ofac, eu or uk.</param>
/// <param name="ThresholdPercent">The aggregate share, in percent, that blocks.</param>
/// <param name="Inclusive">True when the threshold itself blocks (50% or more), false when only more does.</param>
/// <param name="CountsControl">True when control by a blocked party blocks whatever the share.</param>
public sealed record OwnershipRegime(string Name, decimal ThresholdPercent, bool Inclusive, bool CountsControl)
{
    public static OwnershipRegime Ofac { get; } = new("ofac", 50m, Inclusive: true, CountsControl: false);

    public static OwnershipRegime Eu { get; } = new("eu", 50m, Inclusive: true, CountsControl: true);

    public static OwnershipRegime Uk { get; } = new("uk", 50m, Inclusive: false, CountsControl: true);

    public static IReadOnlyList<OwnershipRegime> All { get; } = [Ofac, Eu, Uk];

    private long ThresholdUnits => (long)(ThresholdPercent * OwnershipEdge.UnitsPerPercent);

    /// <summary>The regime named <paramref name="name"/> (ofac, eu, uk; any case), or null.</summary>
    public static OwnershipRegime? Find(string? name) =>
        All.FirstOrDefault(regime => string.Equals(regime.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether blocked owners holding <paramref name="aggregateUnits"/> (and controlling, or not) block the entity.</summary>
    public bool Blocks(long aggregateUnits, bool controlled) =>
        (Inclusive ? aggregateUnits >= ThresholdUnits : aggregateUnits > ThresholdUnits) || (CountsControl && controlled);

    /// <summary>The rule in words, for explanations.</summary>
    public string Rule => (Inclusive ? "50% or more" : "more than 50%") + " owned in the aggregate by blocked parties" + (CountsControl ? ", or controlled by one" : "");
}
