using System.Collections.Immutable;

namespace Snapback.Screening.Cases.Alerts;

/// <summary>What screening customers did to their alerts.</summary>
/// <param name="Customers">Customers screened.</param>
/// <param name="Created">Alerts raised (a lifted suppression raises one too).</param>
/// <param name="Updated">Open alerts whose customer, entity or score changed.</param>
/// <param name="Suppressed">Hits not raised: an approved false positive on an unchanged pair.</param>
/// <param name="Unchanged">Hits whose open alert already says the same.</param>
public sealed record CustomerScreenResult(
    long Customers, ImmutableArray<long> Created, ImmutableArray<long> Updated, long Suppressed, long Unchanged)
{
    public static CustomerScreenResult Empty { get; } = new(0, [], [], 0, 0);

    public CustomerScreenResult Add(CustomerScreenResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Customers + other.Customers, Created.AddRange(other.Created), Updated.AddRange(other.Updated),
            Suppressed + other.Suppressed, Unchanged + other.Unchanged);
    }
}
