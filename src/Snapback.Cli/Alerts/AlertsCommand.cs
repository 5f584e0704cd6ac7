using System.CommandLine;
using System.Globalization;
using Snapback.Cli.Hosting;
using Snapback.Screening.Cases;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;
using Snapback.Store;

namespace Snapback.Cli.Alerts;

/// <summary><c>snapback alerts list|show|propose|approve|reject|comment</c>: the alert queue and four-eyes decisions.</summary>
internal static class AlertsCommand
{
    private static readonly Argument<long> Id = new("id") { Description = "The alert's id" };
    private static readonly Option<string?> Status = new("--status") { Description = "open, proposed, needs-info or closed" };
    private static readonly Option<string?> Customer = new("--customer") { Description = "Only this customer's alerts" };
    private static readonly Option<string?> Source = new("--source") { Description = "Only entities of this list source (e.g. ofac-sdn)" };
    private static readonly Option<double?> MinScore = new("--min-score") { Description = "Only alerts scoring at least this" };
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many (default 100)", DefaultValueFactory = _ => 100 };
    private static readonly Option<string> DecisionOption = new("--decision")
    {
        Description = "true-match, false-positive or needs-info",
        Required = true,
    };

    private static readonly Option<string> Reason = new("--reason") { Description = "Why", Required = true };
    private static readonly Option<string?> Note = new("--note") { Description = "A note for the analyst" };
    private static readonly Option<string> Text = new("--text") { Description = "The comment", Required = true };

    public static Command Create()
    {
        var list = new Command("list", "Alerts, highest score first") { Status, Customer, Source, MinScore, Limit, CliOptions.Json };
        list.SetAction(ListAsync);
        var show = new Command("show", "One alert: the customer as screened, the entity, the explanation, its decisions") { Id, CliOptions.Json };
        show.SetAction(ShowAsync);
        var propose = new Command("propose", "Propose a decision; it takes effect when someone else approves it") { Id, DecisionOption, Reason };
        propose.SetAction(ProposeAsync);
        var approve = new Command("approve", "Approve the pending proposal (approver role; not your own)") { Id, Note };
        approve.SetAction((parse, ct) => ReviewAsync(parse, approve: true, ct));
        var reject = new Command("reject", "Reject the pending proposal, back to the analysts (approver role; not your own)") { Id, Note };
        reject.SetAction((parse, ct) => ReviewAsync(parse, approve: false, ct));
        var comment = new Command("comment", "Add a comment") { Id, Text };
        comment.SetAction(CommentAsync);
        return new Command("alerts", "Alerts on customers and their decisions") { list, show, propose, approve, reject, comment };
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        AlertStatus? status = parse.GetValue(Status) is { } text
            ? Enum.TryParse<AlertStatus>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed
                : throw new ArgumentException($"--status: '{text}' is not open, proposed, needs-info or closed")
            : null;
        var store = await OpenAsync(parse, cancellationToken);
        await using var session = await store.Cases.BeginReadAsync(cancellationToken);
        var alerts = await session.ListAlertsAsync(
            new AlertFilter(status, parse.GetValue(Customer), parse.GetValue(Source), parse.GetValue(MinScore), parse.GetValue(Limit)), cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(alerts.Select(AlertView.Summary));
            return 0;
        }

        foreach (var alert in alerts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{alert.Id,6}  {AlertView.StatusName(alert.Status),-10}  {alert.Score:0.000}  {alert.CustomerId,-12}  {alert.EntityId,-16}  {alert.Evidence.Hit.Name}"));
        }

        return 0;
    }

    private static async Task<int> ShowAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(parse, cancellationToken);
        await using var session = await store.Cases.BeginReadAsync(cancellationToken);
        var id = parse.GetValue(Id);
        var alert = await session.GetAlertAsync(id, cancellationToken) ?? throw new CaseRuleException(CaseRule.NotFound, $"no alert {id}");
        var proposals = await session.ProposalsAsync(id, cancellationToken);
        var comments = await session.CommentsAsync(id, cancellationToken);
        if (parse.GetValue(CliOptions.Json))
        {
            CliOutput.Json(new { alert, proposals, comments });
            return 0;
        }

        AlertView.Write(alert, proposals, comments);
        return 0;
    }

    private static async Task<int> ProposeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var decision = DecisionNames.Parse(parse.GetValue(DecisionOption))
            ?? throw new ArgumentException("--decision: expected true-match, false-positive or needs-info");
        var store = await OpenAsync(parse, cancellationToken);
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        var proposal = await new DecisionService(store.Cases, TimeProvider.System)
            .ProposeAsync(parse.GetValue(Id), decision, parse.GetValue(Reason)!, actor, cancellationToken);
        Console.WriteLine($"alert {proposal.AlertId}: {actor.Name} proposed {DecisionNames.Name(decision)}; waiting for a second person to approve");
        return 0;
    }

    private static async Task<int> ReviewAsync(ParseResult parse, bool approve, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(parse, cancellationToken);
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        var decisions = new DecisionService(store.Cases, TimeProvider.System);
        var alert = approve
            ? await decisions.ApproveAsync(parse.GetValue(Id), parse.GetValue(Note), actor, cancellationToken)
            : await decisions.RejectAsync(parse.GetValue(Id), parse.GetValue(Note), actor, cancellationToken);
        Console.WriteLine($"alert {alert.Id}: {(approve ? "approved" : "rejected")} by {actor.Name}; now {AlertView.StatusName(alert.Status)}");
        return 0;
    }

    private static async Task<int> CommentAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(parse, cancellationToken);
        var actor = await CliActor.ResolveAsync(parse, store.Cases, cancellationToken);
        var comment = await new DecisionService(store.Cases, TimeProvider.System).CommentAsync(parse.GetValue(Id), parse.GetValue(Text)!, actor, cancellationToken);
        Console.WriteLine($"alert {comment.AlertId}: comment {comment.Id} added");
        return 0;
    }

    private static Task<SqlListStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CliSession.OpenStoreAsync(parse.GetValue(CliOptions.Database), cancellationToken);
}
