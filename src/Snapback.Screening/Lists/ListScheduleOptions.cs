using System.ComponentModel.DataAnnotations;
using Snapback.Lists;

namespace Snapback.Screening.Lists;

/// <summary>How the service keeps the lists current without a person, bound from <c>Snapback:ListUpdates</c>.</summary>
public sealed class ListScheduleOptions : IValidatableObject
{
    public const string Section = "Snapback:ListUpdates";

    internal const string ShortestInterval = "00:01:00";

    internal const string LongestInterval = "7.00:00:00";

    /// <summary>Whether the service checks the official lists on its own. The default value is true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time from the start of one check of a source to the start of the next. The default value is 2 hours.</summary>
    [Range(typeof(TimeSpan), ShortestInterval, LongestInterval)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Each wait is lengthened or shortened at random by up to this share of the interval, so that several services, and the sources
    /// of one service, do not all call the publishers at the same moment. The default value is 0.1 (up to 12 minutes either way at
    /// 2 hours).
    /// </summary>
    [Range(0.0, 0.5)]
    public double Jitter { get; set; } = 0.1;

    /// <summary>
    /// A list is stale when no check has confirmed its stored publication current (imported, unchanged or not modified) for longer
    /// than this. The default value is 2 days.
    /// </summary>
    [Range(typeof(TimeSpan), ShortestInterval, "365.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// Per source, e.g. <c>Snapback:ListUpdates:Sources:un:Interval</c> = <c>00:30:00</c>, or <c>…:Enabled</c> = <c>false</c> to
    /// leave that source to manual updates. The default is none: every source with a download address, every <see cref="Interval"/>.
    /// </summary>
    public Dictionary<string, SourceScheduleOptions> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the schedule checks <paramref name="source"/>.</summary>
    public bool Schedules(string source) => Enabled && (!Sources.TryGetValue(source, out var own) || own.Enabled);

    /// <summary>The time between two checks of <paramref name="source"/>.</summary>
    public TimeSpan IntervalOf(string source) => Sources.TryGetValue(source, out var own) && own.Interval is { } interval ? interval : Interval;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (source, own) in Sources)
        {
            if (!ListSources.All.Contains(source, StringComparer.Ordinal))
            {
                yield return new ValidationResult(
                    $"'{source}' is not a list source; known: {string.Join(", ", ListSources.All)}", [nameof(Sources)]);
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(own, new ValidationContext(own), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"{nameof(Sources)}:{source}: {result.ErrorMessage}", [nameof(Sources)]);
                }
            }
        }
    }
}
