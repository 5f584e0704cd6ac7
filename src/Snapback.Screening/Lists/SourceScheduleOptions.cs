using System.ComponentModel.DataAnnotations;

namespace Snapback.Screening.Lists;

/// <summary>The update schedule of one source, where it differs from <see cref="ListScheduleOptions"/>.</summary>
public sealed class SourceScheduleOptions
{
    /// <summary>Whether the service checks this source on its own. The default value is true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two checks of this source. The default is <see cref="ListScheduleOptions.Interval"/>.</summary>
    [Range(typeof(TimeSpan), ListScheduleOptions.ShortestInterval, ListScheduleOptions.LongestInterval)]
    public TimeSpan? Interval { get; set; }
}
