namespace Snapback.Screening.Notifications;

/// <summary>The events filter of a webhook: <c>*</c> for every audit action, else a comma-separated list of actions.</summary>
public static class WebhookEvents
{
    /// <summary>The filter that receives every action.</summary>
    public const string All = "*";

    /// <summary>The filter written the one way it is stored (trimmed, without duplicates or empty items), or an error.</summary>
    /// <exception cref="ArgumentException">The filter is empty or names something that cannot be an action.</exception>
    public static string Normalize(string events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var items = events.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            throw new ArgumentException("events must name at least one action, or * for all", nameof(events));
        }

        if (items.Contains(All, StringComparer.Ordinal))
        {
            return All;
        }

        foreach (var item in items)
        {
            if (!item.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-'))
            {
                throw new ArgumentException($"'{item}' is not an audit action (lower-case words joined by dots, e.g. alert.created)", nameof(events));
            }
        }

        return string.Join(',', items);
    }

    /// <summary>Whether <paramref name="events"/> (as stored) lets <paramref name="action"/> through.</summary>
    public static bool Matches(string events, string action)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events == All || events.Split(',').Contains(action, StringComparer.Ordinal);
    }
}
