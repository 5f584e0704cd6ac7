using System.Globalization;

namespace Snapback.Cli;

/// <summary>Dates as the command line takes them.</summary>
internal static class CliDates
{
    /// <summary>YYYY-MM-DD as the end of that day UTC, so "as of 2025-11-29" includes lists published that day; null when absent.</summary>
    public static DateTimeOffset? ParseAsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ArgumentException($"--as-of: '{text}' is not a date (YYYY-MM-DD)");
        }

        return new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
    }
}
