using Snapback.Screening.Ownership;

namespace Snapback.Api.Pages;

/// <summary>What the ownership section of the entity and customer pages shows: a party's report, with names from the view.</summary>
internal sealed record OwnershipPanel(OwnershipReport Report, OwnershipView View, OwnershipRegime Regime)
{
    /// <summary>The party's report under <paramref name="regimeName"/> (default OFAC), or null when no lists are loaded yet.</summary>
    public static async Task<OwnershipPanel?> LoadAsync(OwnershipService ownership, string partyId, string? regimeName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownership);
        var regime = OwnershipRegime.Find(regimeName) ?? OwnershipRegime.Ofac;
        try
        {
            var view = await ownership.LoadAsync(cancellationToken);
            return new OwnershipPanel(view.Compute(regime).Report(partyId), view, regime);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A link to the party's page when it has one (a listed entity or a customer).</summary>
    public static string? Href(string partyId) =>
        OwnershipPartyRef.IsListedId(partyId) ? "/entities/" + Uri.EscapeDataString(partyId)
        : partyId.StartsWith(OwnershipPartyRef.CustomerPrefix, StringComparison.Ordinal)
            ? "/customers/" + Uri.EscapeDataString(partyId[OwnershipPartyRef.CustomerPrefix.Length..])
            : null;
}
