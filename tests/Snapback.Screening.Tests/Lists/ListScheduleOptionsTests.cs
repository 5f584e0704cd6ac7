using System.ComponentModel.DataAnnotations;
using Snapback.Lists;
using Snapback.Screening.Lists;

namespace Snapback.Screening.Tests.Lists;

public sealed class ListScheduleOptionsTests
{
    [Fact]
    public void Defaults_AreValid_EveryTwoHoursWithTenPercentJitter_StaleAfterTwoDays()
    {
        var options = new ListScheduleOptions();

        Assert.Empty(Errors(options));
        Assert.True(options.Schedules(ListSources.Un));
        Assert.Equal(TimeSpan.FromHours(2), options.IntervalOf(ListSources.Un));
        Assert.Equal(0.1, options.Jitter);
        Assert.Equal(TimeSpan.FromDays(2), options.StaleAfter);
    }

    [Fact]
    public void Validate_UnknownSource_NamesItAndTheKnownOnes()
    {
        var options = new ListScheduleOptions();
        options.Sources["uk"] = new SourceScheduleOptions();

        var error = Assert.Single(Errors(options));

        Assert.Contains("'uk' is not a list source", error, StringComparison.Ordinal);
        Assert.Contains(ListSources.UkFcdo, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IntervalsOutOfRange_AreRefused()
    {
        var options = new ListScheduleOptions { Interval = TimeSpan.FromSeconds(5), Jitter = 0.9 };
        options.Sources[ListSources.Eu] = new SourceScheduleOptions { Interval = TimeSpan.FromDays(30) };

        var errors = Errors(options);

        Assert.Contains(errors, static e => e.Contains(nameof(ListScheduleOptions.Interval), StringComparison.Ordinal));
        Assert.Contains(errors, static e => e.Contains(nameof(ListScheduleOptions.Jitter), StringComparison.Ordinal));
        // Per-source settings are checked once the shared ones are valid.
        options.Interval = TimeSpan.FromHours(1);
        options.Jitter = 0;
        Assert.Contains("Sources:eu", Assert.Single(Errors(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedules_DisabledSourceOrSchedule_IsLeftOut()
    {
        var options = new ListScheduleOptions();
        options.Sources[ListSources.Eu] = new SourceScheduleOptions { Enabled = false };

        Assert.False(options.Schedules(ListSources.Eu));
        Assert.True(options.Schedules(ListSources.Un));
        options.Enabled = false;
        Assert.False(options.Schedules(ListSources.Un));
    }

    private static List<string> Errors(ListScheduleOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(static r => r.ErrorMessage ?? "")];
    }
}
