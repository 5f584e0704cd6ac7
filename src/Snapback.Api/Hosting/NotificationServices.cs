using Microsoft.Extensions.Options;
using Snapback.Screening.Notifications;
using Snapback.Store;

namespace Snapback.Api.Hosting;

/// <summary>Wires the webhooks: the use case the endpoints and the page share, and the dispatcher the server runs in the background.</summary>
internal static class NotificationServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(static sp => sp.GetRequiredService<SqlListStore>().Webhooks);
        services.AddSingleton(static sp => new WebhookService(sp.GetRequiredService<IWebhookStore>(), sp.GetRequiredService<TimeProvider>()));

        // Redirects are not followed (a 3xx has not taken the event, and the signed body must not go elsewhere); the per-request
        // timeout is the dispatcher's own (WebhookOptions.Timeout), so the HttpClient has none.
        services.AddHttpClient(nameof(WebhookDispatcher), static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton(static sp => new WebhookDispatcher(
            sp.GetRequiredService<IWebhookStore>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookDispatcher)),
            sp.GetRequiredService<IOptions<WebhookOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<WebhookDispatchService>();
    }
}
