namespace Snapback.Screening.Ownership;

/// <summary>One holding along an ownership path.</summary>
/// <param name="Share">Percent held.</param>
public sealed record OwnershipStep(string Owner, string Owned, decimal Share, bool Control);
