using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Auth;
using Snapback.Screening.Notifications;

namespace Snapback.Api.Pages;

/// <summary>The webhooks (admin): where audit events go, and the latest delivery attempts across all of them.</summary>
internal sealed class WebhooksModel(WebhookService webhooks) : PageModel
{
    /// <summary>How many of the latest attempts the page shows.</summary>
    public const int LatestAttempts = 50;

    public IReadOnlyList<Webhook> Webhooks { get; private set; } = [];

    public IReadOnlyList<WebhookAttempt> Attempts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = ApiKeyPrincipal.Actor(User);
        Webhooks = await webhooks.ListAsync(actor, cancellationToken);
        Attempts = await webhooks.DeliveriesAsync(null, LatestAttempts, actor, cancellationToken);
    }
}
