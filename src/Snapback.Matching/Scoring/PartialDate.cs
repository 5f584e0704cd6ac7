using System.Globalization;

namespace Snapback.Matching.Scoring;

/// <summary>A query birth date as given: a year, optionally month and day ("1952-10-07", "1952-10", "1952", "07.10.1952").</summary>
internal readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers switch
        {
            [var y] when y > 1000 => new PartialDate(y, null, null),
            [var y, var m] when y > 1000 => new PartialDate(y, m, null),
            [var y, var m, var d] when y > 1000 => new PartialDate(y, m, d),
            [var d, var m, var y] when y > 1000 => new PartialDate(y, m, d),
            _ => null,
        };
    }
}
