namespace Snapback.Screening.Cases.Alerts;

/// <summary>Which alerts to list; null fields do not filter. Alerts come highest score first, then newest.</summary>
/// <param name="Limit">At most this many (1–10,000).</param>
public sealed record AlertFilter(
    AlertStatus? Status = null, string? CustomerId = null, string? Source = null, double? MinScore = null, int Limit = 500);
