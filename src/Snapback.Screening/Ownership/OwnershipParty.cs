using Snapback.Screening.Screen;

namespace Snapback.Screening.Ownership;

/// <summary>
/// A party named in an ownership file by its name rather than an id, with the listed entity screening its name linked it to. The
/// link is a name match, never certain: its score and hit are kept and shown wherever the party counts as listed.
/// </summary>
/// <param name="Id"><c>party:&lt;name&gt;</c>, with <c>@&lt;country&gt;</c> when a country was given.</param>
/// <param name="Hit">The best hit at or above the default threshold, or null when the name matched nothing.</param>
/// <param name="ImportId">The import that last wrote the party.</param>
public sealed record OwnershipParty(string Id, string Name, string? Country, PartyHit? Hit, long ImportId = 0);
