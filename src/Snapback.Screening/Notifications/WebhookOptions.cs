using System.ComponentModel.DataAnnotations;

namespace Snapback.Screening.Notifications;

/// <summary>How webhook requests are sent and retried, bound from <c>Snapback:Webhooks</c>.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Snapback:Webhooks";

    /// <summary>Whether the server runs the dispatcher in the background. The default value is true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long one request may take before it counts as failed, so a hanging receiver delays no one else. The default value is 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per delivery; after the last one fails the delivery is marked failed and the webhook moves on. The default value is 8.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before the first retry; each next wait doubles, up to <see cref="MaxRetryDelay"/>. The default value is 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts. The default value is 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the server's dispatcher looks for new audit rows and retries that fell due. The default value is 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The wait after the <paramref name="attempts"/>-th failed attempt: the exponential delay (first delay × 2^(attempts − 1), at most
    /// the cap), of which the second half is drawn at random (<paramref name="random"/> in [0, 1)), so receivers that failed together
    /// are not all retried at the same moment.
    /// </summary>
    public TimeSpan RetryDelay(int attempts, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var exponential = FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 40));
        var capped = Math.Min(exponential, MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * Math.Clamp(random, 0, 1));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRetryDelay < FirstRetryDelay)
        {
            yield return new ValidationResult("MaxRetryDelay must not be shorter than FirstRetryDelay", [nameof(MaxRetryDelay)]);
        }
    }
}
