namespace Snapback.Cli.Webhooks;

/// <summary>The HTTP client webhook requests go out on.</summary>
internal static class WebhookHttp
{
    /// <summary>
    /// A client that does not follow redirects (a receiver answering 3xx has not taken the event, and following would send the signed
    /// body somewhere not configured) and leaves the per-request timeout to the dispatcher.
    /// </summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan };
}
