using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases;
using Snapback.Screening.Notifications;
using Snapback.Store;

namespace Snapback.Cli.Webhooks;

/// <summary><c>snapback webhooks add|list|remove|deliveries|deliver</c>: audit events sent to HTTP receivers, signed.</summary>
internal static class WebhooksCommand
{
    private static readonly Argument<string> Url = new("url") { Description = "Where to POST events (http or https)" };
    private static readonly Argument<string> Id = new("id") { Description = "The webhook's id" };
    private static readonly Argument<string?> OptionalId = new("id") { Description = "Only this webhook's deliveries", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string> Events = new("--events")
    {
        Description = "Audit actions to send, comma-separated (alert.created,monitor.run.completed), or * for all",
        Required = true,
    };
    private static readonly Option<string?> Secret = new("--secret")
    {
        Description = $"The shared secret that signs requests (at least {WebhookService.MinSecretLength} characters); default: a new random one, printed once",
    };
    private static readonly Option<long?> FromSeq = new("--from-seq")
    {
        Description = "Also send the audit rows from this sequence number on (default: only what happens from now)",
    };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many attempts to show, newest first", DefaultValueFactory = _ => 50 };

    public static Command Create()
    {
        var add = new Command("add", "Add a webhook; its secret is printed once") { Url, Events, Secret, FromSeq };
        add.SetAction(AddAsync);
        var list = new Command("list", "Active webhooks (secrets are never shown)") { CliOptions.Json };
        list.SetAction(ListAsync);
        var remove = new Command("remove", "Remove a webhook; its delivery log stays") { Id };
        remove.SetAction(RemoveAsync);
        var deliveries = new Command("deliveries", "The delivery log: every attempt, newest first") { OptionalId, Limit, CliOptions.Json };
        deliveries.SetAction(DeliveriesAsync);
        var deliver = new Command("deliver", "Send what is pending now, retries that are due included, once");
        deliver.SetAction(DeliverAsync);
        return new Command("webhooks", "Send audit events (new alerts, monitoring runs…) to HTTP receivers, signed with HMAC-SHA256")
        {
            add, list, remove, deliveries, deliver,
        };
    }

    private static async Task<int> AddAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (store, actor) = await OpenAsync(parse, cancellationToken);
        var (webhook, secret) = await new WebhookService(store.Webhooks, TimeProvider.System).AddAsync(
            parse.GetValue(Url)!, parse.GetValue(Events)!, parse.GetValue(Secret), parse.GetValue(FromSeq), actor, cancellationToken);
        Console.WriteLine($"webhook {webhook.Id} -> {webhook.Url} ({webhook.Events}), from audit row {webhook.Cursor + 1}");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (store, actor) = await OpenAsync(parse, cancellationToken);
        var webhooks = await new WebhookService(store.Webhooks, TimeProvider.System).ListAsync(actor, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(webhooks);
            return 0;
        }

        foreach (var webhook in webhooks)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{webhook.Id}  {webhook.Url}  {webhook.Events}  read to row {webhook.Cursor}  (added {webhook.CreatedAt:yyyy-MM-dd} by {webhook.CreatedBy})"));
        }

        return 0;
    }

    private static async Task<int> RemoveAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (store, actor) = await OpenAsync(parse, cancellationToken);
        var removed = await new WebhookService(store.Webhooks, TimeProvider.System).RemoveAsync(parse.GetValue(Id)!, actor, cancellationToken);
        Console.WriteLine(removed ? "removed" : "no active webhook with that id");
        return removed ? 0 : 1;
    }

    private static async Task<int> DeliveriesAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (store, actor) = await OpenAsync(parse, cancellationToken);
        var attempts = await new WebhookService(store.Webhooks, TimeProvider.System).DeliveriesAsync(
            parse.GetValue(OptionalId), parse.GetValue(Limit), actor, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(attempts);
            return 0;
        }

        foreach (var attempt in attempts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{attempt.At:yyyy-MM-dd HH:mm:ss}  {attempt.WebhookId}  #{attempt.Seq} {attempt.Event}  try {attempt.Number}  " +
                $"{(attempt.StatusCode is { } status ? $"HTTP {status}" : attempt.Error)}  {attempt.DurationMs} ms  -> {Describe(attempt.Outcome)}"));
        }

        return 0;
    }

    private static async Task<int> DeliverAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (store, _) = await OpenAsync(parse, cancellationToken);
        using var http = WebhookHttp.CreateClient();
        var summary = await new WebhookDispatcher(store.Webhooks, http, new WebhookOptions(), TimeProvider.System).DeliverPendingAsync(cancellationToken);
        Console.WriteLine($"{summary.Attempts} requests: {summary.Delivered} delivered, {summary.Retrying} to retry later, {summary.Failed} failed");
        return summary.Retrying + summary.Failed == 0 ? 0 : 1;
    }

    private static string Describe(DeliveryStatus outcome) => outcome switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed, no more tries",
        _ => "retry later",
    };

    /// <summary>The store and who acts: the named user's key, which must be admin, else whoever can open the store.</summary>
    private static async Task<(SqlListStore Store, Actor Actor)> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
        return (store, await CliActor.ListActorAsync(parse, store.Cases, CaseRole.Admin, "Managing webhooks", cancellationToken));
    }
}
