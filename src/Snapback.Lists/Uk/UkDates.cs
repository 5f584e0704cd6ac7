using System.Globalization;
using Snapback.Lists.Model;

namespace Snapback.Lists.Uk;

/// <summary>Dates as the UK lists write them: dd/mm/yyyy, with the unknown parts of a birth date as 00 (OFSI) or dd/mm (FCDO).</summary>
internal static class UkDates
{
    /// <summary>A dd/MM/yyyy date; null when the text is absent or another form.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// dd/mm/yyyy where an unknown day or month is 00 (OFSI) or the letters dd/mm (FCDO: "dd/mm/1945", "dd/03/1957"); the OFSI sheet
    /// conversions of 2023 on also hold "yyyy" and "mm/yyyy". Null when the text is none of these.
    /// </summary>
    public static BirthDate? ParseBirthDate(string text)
    {
        var parts = text.Trim().Split('/');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var unknown = i < parts.Length - 1 && (part is "dd" or "DD" or "mm" or "MM");
            if (!unknown && !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        var (day, month, year) = numbers switch
        {
            [var d, var m, var y] => (d, m, y),
            [var m, var y] => (0, m, y),
            [var y] => (0, 0, y),
            _ => (0, 0, 0),
        };
        if (year < 1000 || month > 12 || day > 31)
        {
            return null;
        }

        return new BirthDate(year, month == 0 ? null : month, day == 0 || month == 0 ? null : day);
    }
}
