using System.Globalization;

namespace Snapback.Api.Problems;

/// <summary>Reads the date parameters (<c>as_of</c>, <c>from</c>, <c>to</c>): a day means the end of that day, UTC.</summary>
internal static class AsOfDate
{
    /// <summary>Null for empty text; a <see cref="FieldException"/> naming <paramref name="field"/> when it is not a date.</summary>
    public static DateTimeOffset? Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        }

        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment;
        }

        throw new FieldException(field, $"'{text}' is not a date (YYYY-MM-DD) or an ISO 8601 timestamp");
    }
}
