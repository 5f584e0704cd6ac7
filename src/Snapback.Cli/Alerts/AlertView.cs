using System.Globalization;
using Snapback.Lists.Model;
using Snapback.Screening.Cases.Alerts;
using Snapback.Screening.Cases.Decisions;

namespace Snapback.Cli.Alerts;

/// <summary>How the command line shows an alert.</summary>
internal static class AlertView
{
    public static string StatusName(AlertStatus status) => status switch
    {
        AlertStatus.NeedsInfo => "needs-info",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static object Summary(Alert alert) => new
    {
        id = alert.Id,
        status = StatusName(alert.Status),
        score = alert.Score,
        customer_id = alert.CustomerId,
        entity_id = alert.EntityId,
        matched_name = alert.Evidence.Hit.Name,
        outcome = alert.Outcome is { } outcome ? DecisionNames.Name(outcome) : null,
        updated_at = alert.UpdatedAt,
    };

    public static void Write(Alert alert, IReadOnlyList<Proposal> proposals, IReadOnlyList<Comment> comments)
    {
        var entity = EntityJson.Deserialize(alert.Evidence.Entity);
        var query = alert.Evidence.Query;
        var basis = alert.Evidence.Basis;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alert {alert.Id}  {StatusName(alert.Status)}  score {alert.Score:0.000}"));
        Console.WriteLine($"customer  {alert.CustomerId}: {query.Name} ({query.Kind ?? "any kind"}, born {query.BirthDate ?? "?"}, {query.Country ?? "no country"})");
        Console.WriteLine($"entity    {entity.Id}: {entity.PrimaryName} ({string.Join(", ", entity.Programs)})");
        Console.WriteLine($"matched   {alert.Evidence.Hit.Name}: {alert.Evidence.Hit.Explanation.Summary}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"basis     {basis.ListsText}, threshold {basis.Threshold:0.00}, matcher {basis.Matcher}; entity hash {alert.Evidence.EntityHash[..12]}"));
        foreach (var change in alert.Evidence.Changes)
        {
            Console.WriteLine($"changed   {change.Field}: " + (change.Before is not null || change.After is not null
                ? $"{change.Before} -> {change.After}"
                : $"added [{string.Join("; ", change.Added)}] removed [{string.Join("; ", change.Removed)}]"));
        }

        foreach (var proposal in proposals)
        {
            Console.WriteLine(
                $"proposal  {DecisionNames.Name(proposal.Decision)} by {proposal.ProposedByName}: {proposal.Reason} — {proposal.State.ToString().ToLowerInvariant()}" +
                (proposal.ReviewedByName is { } reviewer ? $" by {reviewer}{(proposal.ReviewNote is { } note ? $": {note}" : "")}" : ""));
        }

        foreach (var comment in comments)
        {
            Console.WriteLine($"comment   {comment.ActorName}: {comment.Text}");
        }
    }
}
