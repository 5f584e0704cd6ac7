using System.Globalization;
using Snapback.Lists.Model;

namespace Snapback.Lists.Ofac;

/// <summary>
/// Reads OFAC birth dates as both the CSV remarks and the XML write them: "12 Oct 1955", "Oct 1955", "1955", "circa 1955",
/// "1960 to 1962", "12 Oct 1955 to 15 Nov 1956", "circa 1960-1962".
/// </summary>
internal static class OfacDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static BirthDate? ParseBirthDate(string text)
    {
        var rest = text.Trim().TrimEnd('.').Trim();
        var circa = false;
        if (rest.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            rest = rest[6..].Trim();
        }

        var to = rest.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        string? end = null;
        if (to > 0)
        {
            end = rest[(to + 4)..];
            rest = rest[..to];
        }
        else if (rest.Length == 9 && rest[4] == '-')
        {
            end = rest[5..];
            rest = rest[..4];
        }

        if (!TryParseSingle(rest, out var year, out var month, out var day))
        {
            return null;
        }

        int? toYear = null;
        if (end is not null)
        {
            if (!TryParseSingle(end, out var lastYear, out _, out _) || lastYear < year)
            {
                return null;
            }

            toYear = lastYear;
        }

        return new BirthDate(year, month, day, toYear, circa);
    }

    /// <summary>"12 Oct 1955", "Oct 1955", "1955" or "12 October 1955".</summary>
    private static bool TryParseSingle(string text, out int year, out int? month, out int? day)
    {
        year = 0;
        month = null;
        day = null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 3 || !TryYear(parts[^1], out year))
        {
            return false;
        }

        if (parts.Length >= 2)
        {
            var index = Array.FindIndex(
                Months, m => parts[^2].StartsWith(m, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            month = index + 1;
        }

        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        return true;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year is >= 1800 and <= 2200;

    /// <summary>The Publish_Date of the sdnList XML, MM/dd/yyyy.</summary>
    public static DateTimeOffset? ParsePublishDate(string text) =>
        DateTime.TryParseExact(text.Trim(), "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
}
