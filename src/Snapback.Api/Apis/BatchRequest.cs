using Snapback.Screening.Screen;

namespace Snapback.Api.Apis;

/// <summary>Up to 1,000 parties to screen in one request; each has the fields of a single screen.</summary>
public sealed record BatchRequest(IReadOnlyList<PartyRequest?>? Parties);
