namespace Snapback.Screening.Ownership;

/// <summary>One holding: <paramref name="Owner"/> holds <paramref name="Share"/> percent of <paramref name="Owned"/>, and may control it.</summary>
/// <param name="Owner">A party id: a listed entity id (<c>ofac:…</c>, <c>un:…</c>), <c>customer:&lt;id&gt;</c> or <c>party:&lt;name&gt;</c>.</param>
/// <param name="Owned">A party id, as for <paramref name="Owner"/>.</param>
/// <param name="Share">Percent of the proprietary rights, 0 to 100, kept to four decimals.</param>
/// <param name="Control">True when the owner controls the owned party by other means (board appointments, voting agreements…).</param>
/// <param name="Source">Where the holding is known from (a register, a filing); optional.</param>
/// <param name="AsOf">The date the source states the holding for; optional.</param>
public sealed record OwnershipEdge(string Owner, string Owned, decimal Share, bool Control = false, string? Source = null, DateOnly? AsOf = null)
{
    /// <summary>Shares are summed as whole ten-thousandths of a percent, so 25 + 25 is exactly 50 and the threshold test is exact.</summary>
    public const long UnitsPerPercent = 10_000;

    /// <summary>The share in ten-thousandths of a percent.</summary>
    public long ShareUnits => (long)decimal.Round(Share * UnitsPerPercent, MidpointRounding.AwayFromZero);
}
