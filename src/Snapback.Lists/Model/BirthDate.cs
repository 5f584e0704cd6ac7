namespace Snapback.Lists.Model;

/// <summary>
/// A birth date as lists give it: full, year and month, year only, a year range ("1960 to 1962") or approximate ("circa 1955").
/// </summary>
/// <param name="Year">The year, or the first year of a range.</param>
/// <param name="Month">1–12 where known.</param>
/// <param name="Day">1–31 where known.</param>
/// <param name="ToYear">The last year of a range, where the date is a range.</param>
/// <param name="Circa">True where the list marks the date approximate.</param>
public sealed record BirthDate(int Year, int? Month = null, int? Day = null, int? ToYear = null, bool Circa = false)
{
    /// <summary>ISO-like text: 1952-10-07, 1952-10, 1952, 1960/1962, ~1955.</summary>
    public override string ToString()
    {
        var text = ToYear is { } to && to != Year
            ? $"{Year:0000}/{to:0000}"
            : Month is { } m
                ? Day is { } d ? $"{Year:0000}-{m:00}-{d:00}" : $"{Year:0000}-{m:00}"
                : $"{Year:0000}";
        return Circa ? "~" + text : text;
    }
}
