using Snapback.Screening.Screen;

namespace Snapback.Api.Apis;

/// <summary>One result per party, in request order.</summary>
public sealed record BatchResponse(IReadOnlyList<PartyResult> Results);
