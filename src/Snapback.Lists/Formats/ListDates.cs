using System.Globalization;

namespace Snapback.Lists.Formats;

/// <summary>Date forms several list formats publish.</summary>
internal static class ListDates
{
    /// <summary>An XML schema date, yyyy-MM-dd, with whatever follows it (an offset such as "2015-07-01-04:00", or a time) ignored.</summary>
    public static DateOnly? ParseIsoDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
