using Snapback.Screening.Notifications;

namespace Snapback.Screening.Tests.Notifications;

public sealed class WebhookOptionsTests
{
    private static readonly WebhookOptions Options = new() { FirstRetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData(1, 0.0, 5)]
    [InlineData(1, 1.0, 10)]
    [InlineData(2, 0.0, 10)]
    [InlineData(3, 0.5, 30)]
    [InlineData(4, 1.0, 60)]
    [InlineData(30, 0.0, 30)]
    public void RetryDelay_AfterAttempts_DoublesUpToTheCapWithTheSecondHalfDrawnAtRandom(int attempts, double random, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Options.RetryDelay(attempts, random));

    [Theory]
    [InlineData("*", "alert.created", true)]
    [InlineData("alert.created,monitor.run.completed", "monitor.run.completed", true)]
    [InlineData("alert.created", "alert.created.extra", false)]
    [InlineData("alert.created", "alert.updated", false)]
    public void Matches_Filter_LetsThroughOnlyTheActionsItNames(string events, string action, bool expected) =>
        Assert.Equal(expected, WebhookEvents.Matches(events, action));
}
